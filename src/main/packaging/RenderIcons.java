import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Renders BackCoach's mark, defined here as vector shapes, into every icon file the app needs:
 * window icons (PNG) as resources, and the installers' icons (PNG for Linux, ICO for Windows,
 * ICNS for macOS). Run by Maven at generate-resources with the JDK's own java, so the build needs
 * no image tools:
 *
 *   java src/main/packaging/RenderIcons.java RESOURCES_DIR PACKAGING_DIR
 *
 * The mark: a calm green tile with a gently curved spine of five rounded vertebrae and a soft arc
 * of movement beside it.
 */
public final class RenderIcons {

    private static final Color TILE = new Color(0x2f, 0x6f, 0x5e);
    private static final Color TILE_LIGHT = new Color(0x3f, 0x8f, 0x78);
    private static final Color BONE = new Color(0xff, 0xff, 0xff);
    private static final Color ARC = new Color(0xd8, 0xf0, 0xe6);

    public static void main(String[] args) throws IOException {
        Path resources = Path.of(args[0]).resolve("org/backcoach/app/icon");
        Path packaging = Path.of(args[1]);
        Files.createDirectories(resources);
        Files.createDirectories(packaging);
        for (int size : new int[] {16, 32, 48, 256}) {
            ImageIO.write(render(size), "png", resources.resolve("backcoach-" + size + ".png").toFile());
        }
        ImageIO.write(render(256), "png", packaging.resolve("BackCoach.png").toFile());
        Files.write(packaging.resolve("BackCoach.ico"), ico(new int[] {16, 24, 32, 48, 64, 128, 256}));
        Files.write(packaging.resolve("BackCoach.icns"), icns());
    }

    /** Draws the mark at {@code size} pixels; all coordinates are on a 1024 grid. */
    static BufferedImage render(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.scale(size / 1024.0, size / 1024.0);

        g.setPaint(new java.awt.GradientPaint(0, 64, TILE_LIGHT, 0, 960, TILE));
        g.fill(new RoundRectangle2D.Double(48, 48, 928, 928, 220, 220));

        // A soft arc of movement to the right of the spine.
        g.setColor(ARC);
        g.setStroke(new BasicStroke(small(size) ? 70 : 46, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D arc = new Path2D.Double();
        arc.moveTo(700, 250);
        arc.curveTo(820, 380, 820, 640, 700, 780);
        g.draw(arc);

        // Five vertebrae along a gentle S-curve, larger towards the lower back, on a thin column.
        int count = 5;
        double[] xs = new double[count];
        double[] ys = new double[count];
        for (int i = 0; i < count; i++) {
            double t = i / (double) (count - 1);
            ys[i] = 220 + t * 580;
            xs[i] = 440 + 70 * Math.sin((t - 0.35) * Math.PI * 1.5);
        }
        g.setColor(ARC);
        g.setStroke(new BasicStroke(small(size) ? 60 : 36, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D column = new Path2D.Double();
        column.moveTo(xs[0], ys[0]);
        for (int i = 1; i < count; i++) {
            column.lineTo(xs[i], ys[i]);
        }
        g.draw(column);
        g.setColor(BONE);
        for (int i = 0; i < count; i++) {
            double t = i / (double) (count - 1);
            double width = (small(size) ? 250 : 190) + t * 80;
            double height = small(size) ? 100 : 92;
            g.fill(new RoundRectangle2D.Double(xs[i] - width / 2, ys[i] - height / 2, width, height, height * 0.8,
                    height * 0.8));
        }
        g.dispose();
        return image;
    }

    /** At tiny sizes thin gaps vanish, so the shapes get bolder. */
    private static boolean small(int size) {
        return size <= 32;
    }

    private static byte[] png(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(render(size), "png", out);
        return out.toByteArray();
    }

    /** A Windows icon with PNG images (supported since Windows Vista). */
    static byte[] ico(int[] sizes) throws IOException {
        List<byte[]> images = new ArrayList<>();
        for (int size : sizes) {
            images.add(png(size));
        }
        int headerBytes = 6 + 16 * sizes.length;
        int total = headerBytes + images.stream().mapToInt(b -> b.length).sum();
        ByteBuffer buffer = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = headerBytes;
        for (int i = 0; i < sizes.length; i++) {
            int size = sizes[i];
            buffer.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            buffer.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            buffer.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(buffer::put);
        return buffer.array();
    }

    /** A macOS icon with PNG images: 128, 256, 512 and 1024 pixels. */
    static byte[] icns() throws IOException {
        String[] types = {"ic07", "ic08", "ic09", "ic10"};
        int[] sizes = {128, 256, 512, 1024};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(body);
        for (int i = 0; i < types.length; i++) {
            byte[] image = png(sizes[i]);
            data.writeBytes(types[i]);
            data.writeInt(image.length + 8);
            data.write(image);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(body.size() + 8);
        header.write(body.toByteArray());
        return file.toByteArray();
    }
}
