package org.backcoach.print;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.backcoach.content.Figure;
import org.backcoach.content.FigureShape;

/**
 * Draws an exercise's {@link Figure} as vector strokes: one panel for the start pose and, when the
 * figure has one, a second panel for the pose to move into. Without a figure it draws a dashed
 * placeholder box that says so. Figure units are scaled to fit; angles are JavaFX Arc angles.
 */
final class FigureDrawing {

    // Small enough that two exercises with start and end poses fit on one page.
    private static final float MAX_PANEL_HEIGHT = 84;
    private static final float MIN_PANEL_HEIGHT = 48;
    private static final float PLACEHOLDER_HEIGHT = 92;
    private static final float GAP = 6;

    private FigureDrawing() {
    }

    /** Height the drawing takes in a column {@code width} points wide. */
    static float height(Optional<Figure> figure, float width) {
        if (figure.isEmpty()) {
            return PLACEHOLDER_HEIGHT;
        }
        float panel = panelHeight(figure.get(), width);
        return figure.get().hasEndPose() ? 2 * panel + GAP : panel;
    }

    static void draw(PdfCanvas canvas, PrintText text, Optional<Figure> figure, float x, float y, float width)
            throws IOException {
        if (figure.isEmpty()) {
            placeholder(canvas, text, x, y, width);
            return;
        }
        Figure f = figure.get();
        float panel = panelHeight(f, width);
        panel(canvas, f, f.start(), x, y, width, panel, f.hasEndPose() ? text.get("figure.start") : "");
        if (f.hasEndPose()) {
            panel(canvas, f, f.end(), x, y + panel + GAP, width, panel, text.get("figure.end"));
        }
    }

    private static float panelHeight(Figure figure, float width) {
        float natural = (float) (width * figure.height() / figure.width());
        return Math.max(MIN_PANEL_HEIGHT, Math.min(MAX_PANEL_HEIGHT, natural));
    }

    private static void placeholder(PdfCanvas canvas, PrintText text, float x, float y, float width) throws IOException {
        canvas.dashed(true);
        canvas.rect(x, y, width, PLACEHOLDER_HEIGHT, PdfCanvas.SHADE, PdfCanvas.BORDER, 0.8f);
        canvas.dashed(false);
        String[] lines = text.get("figure.none").split("\n");
        float baseline = y + PLACEHOLDER_HEIGHT / 2 - (lines.length - 1) * 5.5f + 3;
        for (String line : lines) {
            String fitted = PageFrame.fit(canvas, line, 8.5f, width - 8);
            canvas.text(fitted, x + (width - canvas.width(fitted, 8.5f)) / 2, baseline, 8.5f, false, PdfCanvas.MUTED);
            baseline += 11;
        }
    }

    private static void panel(PdfCanvas canvas, Figure figure, List<FigureShape> pose, float x, float y, float w,
                              float h, String caption) throws IOException {
        canvas.rect(x, y, w, h, Color.WHITE, PdfCanvas.BORDER, 0.6f);
        PDPageContentStream s = canvas.stream();
        s.saveGraphicsState();
        s.addRect(x, canvas.pdfY(y + h), w, h);
        s.clip();
        float pad = 5;
        double scale = Math.min((w - 2 * pad) / figure.width(), (h - 2 * pad) / figure.height());
        double offsetX = x + (w - figure.width() * scale) / 2;
        double offsetY = y + (h - figure.height() * scale) / 2;
        Mapper map = new Mapper(canvas, offsetX, offsetY, scale);
        for (FigureShape shape : figure.scene()) {
            stroke(s, map, shape);
        }
        for (FigureShape shape : pose) {
            stroke(s, map, shape);
        }
        s.restoreGraphicsState();
        if (!caption.isEmpty()) {
            canvas.text(caption, x + 4, y + 10, 7.5f, false, PdfCanvas.MUTED);
        }
    }

    /** Figure units (y down) to PDF points (y up). */
    private record Mapper(PdfCanvas canvas, double offsetX, double offsetY, double scale) {
        float x(double fx) {
            return (float) (offsetX + fx * scale);
        }

        float y(double fy) {
            return canvas.pdfY((float) (offsetY + fy * scale));
        }

        float len(double value) {
            return (float) (value * scale);
        }
    }

    private static void stroke(PDPageContentStream s, Mapper map, FigureShape shape) throws IOException {
        style(s, shape.style());
        if (shape instanceof FigureShape.Line line) {
            s.moveTo(map.x(line.x1()), map.y(line.y1()));
            s.lineTo(map.x(line.x2()), map.y(line.y2()));
            s.stroke();
            if (line.style() == FigureShape.Style.MOTION) {
                arrowHead(s, map.x(line.x2()), map.y(line.y2()),
                        Math.atan2(map.y(line.y2()) - map.y(line.y1()), map.x(line.x2()) - map.x(line.x1())));
            }
        } else if (shape instanceof FigureShape.Circle circle) {
            arc(s, map.x(circle.cx()), map.y(circle.cy()), map.len(circle.r()), 0, 360);
            s.closePath();
            s.stroke();
        } else if (shape instanceof FigureShape.Arc arc) {
            float cx = map.x(arc.cx());
            float cy = map.y(arc.cy());
            float r = map.len(arc.r());
            arc(s, cx, cy, r, arc.startAngle(), arc.extent());
            s.stroke();
            if (arc.style() == FigureShape.Style.MOTION && arc.extent() != 0) {
                double end = Math.toRadians(arc.startAngle() + arc.extent());
                // The tangent at the end of the arc, pointing the way the arc runs.
                double direction = end + Math.signum(arc.extent()) * Math.PI / 2;
                arrowHead(s, (float) (cx + r * Math.cos(end)), (float) (cy + r * Math.sin(end)), direction);
            }
        }
    }

    /**
     * Appends an arc as cubic Béziers of at most 90° each. In PDF space (y up) JavaFX's
     * counter-clockwise-from-3-o'clock angles are the usual mathematical ones, so no flip is needed.
     */
    static void arc(PDPageContentStream s, float cx, float cy, float r, double startDegrees, double extentDegrees)
            throws IOException {
        int segments = Math.max(1, (int) Math.ceil(Math.abs(extentDegrees) / 90.0 - 1e-9));
        double step = Math.toRadians(extentDegrees) / segments;
        double a0 = Math.toRadians(startDegrees);
        s.moveTo((float) (cx + r * Math.cos(a0)), (float) (cy + r * Math.sin(a0)));
        for (int i = 0; i < segments; i++) {
            double a1 = a0 + step;
            double k = 4.0 / 3.0 * Math.tan(step / 4);
            s.curveTo((float) (cx + r * (Math.cos(a0) - k * Math.sin(a0))), (float) (cy + r * (Math.sin(a0) + k * Math.cos(a0))),
                    (float) (cx + r * (Math.cos(a1) + k * Math.sin(a1))), (float) (cy + r * (Math.sin(a1) - k * Math.cos(a1))),
                    (float) (cx + r * Math.cos(a1)), (float) (cy + r * Math.sin(a1)));
            a0 = a1;
        }
    }

    private static void arrowHead(PDPageContentStream s, float x, float y, double direction) throws IOException {
        float size = 4.5f;
        s.setLineDashPattern(new float[0], 0);
        for (double side : new double[] {-0.45, 0.45}) {
            double back = direction + Math.PI + side;
            s.moveTo(x, y);
            s.lineTo((float) (x + size * Math.cos(back)), (float) (y + size * Math.sin(back)));
        }
        s.stroke();
    }

    private static void style(PDPageContentStream s, FigureShape.Style style) throws IOException {
        s.setLineCapStyle(1);
        s.setLineJoinStyle(1);
        s.setLineDashPattern(style == FigureShape.Style.MOTION ? new float[] {2.5f, 2f} : new float[0], 0);
        switch (style) {
            case BODY -> {
                s.setStrokingColor(PdfCanvas.TEXT);
                s.setLineWidth(2.2f);
            }
            case GROUND -> {
                s.setStrokingColor(PdfCanvas.MUTED);
                s.setLineWidth(0.9f);
            }
            case PROP -> {
                s.setStrokingColor(PdfCanvas.MUTED);
                s.setLineWidth(1.4f);
            }
            case MOTION -> {
                s.setStrokingColor(PdfCanvas.ACCENT);
                s.setLineWidth(1.1f);
            }
        }
    }
}
