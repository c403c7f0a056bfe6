package org.backcoach.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF parsed back with PDFBox, as the tests read it: its text, fonts, pages and rendered ink. */
public final class PdfCheck implements AutoCloseable {

    private static final float DPI = 72;
    private final PDDocument document;

    private PdfCheck(PDDocument document) {
        this.document = document;
    }

    public static PdfCheck of(RenderedPdf pdf) {
        return of(pdf.bytes());
    }

    public static PdfCheck of(byte[] bytes) {
        try {
            return new PdfCheck(Loader.loadPDF(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PdfCheck of(Path file) {
        try {
            return of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int pages() {
        return document.getNumberOfPages();
    }

    public float pageWidth() {
        return document.getPage(0).getMediaBox().getWidth();
    }

    /** All text, with line breaks and runs of spaces collapsed so wrapped phrases can be found. */
    public String text() {
        return normalized(rawText(1, pages()));
    }

    public String pageText(int pageNumber) {
        return normalized(rawText(pageNumber, pageNumber));
    }

    private String rawText(int from, int to) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** Names of fonts used on any page that are NOT embedded in the file (should be none). */
    public List<String> fontsNotEmbedded() {
        List<String> missing = new ArrayList<>();
        try {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    boolean embedded = font instanceof PDType0Font type0
                            ? type0.getDescendantFont().isEmbedded() : font.isEmbedded();
                    if (!embedded) {
                        missing.add(font.getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return missing;
    }

    /** How many fonts the pages use, counted by name. */
    public long fontCount() {
        try {
            List<String> names = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(name).getName());
                }
            }
            return names.stream().distinct().count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BufferedImage render(int pageIndex, float dpi) {
        try {
            return new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Non-white pixels (at 72 dpi, so one pixel per point) between {@code fromY} and {@code toY},
     * in points from the top of the page; used to tell a page with content from a blank one.
     */
    public long ink(int pageIndex, float fromY, float toY) {
        BufferedImage image = render(pageIndex, DPI);
        long count = 0;
        int top = Math.max(0, (int) fromY);
        int bottom = Math.min(image.getHeight(), (int) toY);
        for (int y = top; y < bottom; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r < 240 || g < 240 || b < 240) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Ink in the band just below the header, where every page's body starts. */
    public long bodyInk(int pageIndex) {
        return ink(pageIndex, 92, 220);
    }

    public void writePng(int pageIndex, float dpi, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(render(pageIndex, dpi), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
