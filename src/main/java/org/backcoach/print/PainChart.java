package org.backcoach.print;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The report's vector pain chart: pain now, worst pain and the 7-day average of pain now, one
 * point per day on a 0–10 scale. Lines break where a day has no check-in.
 */
final class PainChart {

    static final float HEIGHT = 170;
    private static final float AXIS_LEFT = 24;
    private static final float AXIS_BOTTOM = 18;
    private static final float LEGEND = 16;
    /** With more days than this, the daily dots would smudge into the line, so they are left out. */
    private static final int MAX_DAYS_WITH_DOTS = 62;

    private static final Color NOW = PdfCanvas.ACCENT;
    private static final Color WORST = new Color(0xc2, 0x4a, 0x5a);
    private static final Color AVERAGE = PdfCanvas.TEXT;

    private PainChart() {
    }

    static void draw(PdfCanvas canvas, PrintText text, List<ClinicianReport.DayPain> days, float x, float y, float width)
            throws IOException {
        float plotLeft = x + AXIS_LEFT;
        float plotTop = y + LEGEND;
        float plotWidth = width - AXIS_LEFT - 4;
        float plotHeight = HEIGHT - LEGEND - AXIS_BOTTOM;
        Scale scale = new Scale(canvas, plotLeft, plotTop, plotWidth, plotHeight, days.size());
        for (int level = 0; level <= 10; level += 2) {
            float ly = scale.y(level);
            canvas.line(plotLeft, ly, plotLeft + plotWidth, ly, level == 0 ? 0.8f : 0.3f,
                    level == 0 ? PdfCanvas.MUTED : PdfCanvas.BORDER);
            String label = Integer.toString(level);
            canvas.textRight(label, plotLeft - 4, ly + 2.5f, 7, false, PdfCanvas.MUTED);
        }
        int step = Math.max(1, (int) Math.ceil(days.size() / 8.0));
        for (int i = 0; i < days.size(); i += step) {
            String label = text.shortDate(days.get(i).date());
            float lx = scale.x(i) - canvas.width(label, 7) / 2;
            lx = Math.max(plotLeft - 8, Math.min(lx, plotLeft + plotWidth - canvas.width(label, 7)));
            canvas.text(label, lx, plotTop + plotHeight + 11, 7, false, PdfCanvas.MUTED);
        }
        boolean dots = days.size() <= MAX_DAYS_WITH_DOTS;
        series(canvas, scale, days, d -> d.worst() == null ? null : d.worst().doubleValue(), WORST, 1f, true, dots);
        series(canvas, scale, days, d -> d.now() == null ? null : d.now().doubleValue(), NOW, 1.4f, false, dots);
        series(canvas, scale, days, ClinicianReport.DayPain::average7, AVERAGE, 2.4f, false, false);
        legend(canvas, text, x + width, y + 9);
        if (days.stream().allMatch(d -> d.now() == null)) {
            String none = text.get("report.chart.empty");
            canvas.text(none, plotLeft + (plotWidth - canvas.width(none, 9)) / 2, plotTop + plotHeight / 2, 9, false,
                    PdfCanvas.MUTED);
        }
    }

    private record Scale(PdfCanvas canvas, float left, float top, float width, float height, int count) {
        float x(int index) {
            return count <= 1 ? left + width / 2 : left + index * width / (count - 1);
        }

        float y(double pain) {
            return (float) (top + height - pain / 10.0 * height);
        }
    }

    private static void series(PdfCanvas canvas, Scale scale, List<ClinicianReport.DayPain> days,
                               Function<ClinicianReport.DayPain, Double> value, Color color, float lineWidth,
                               boolean dashed, boolean dots) throws IOException {
        PDPageContentStream s = canvas.stream();
        s.setStrokingColor(color);
        s.setNonStrokingColor(color);
        s.setLineWidth(lineWidth);
        s.setLineCapStyle(1);
        s.setLineJoinStyle(1);
        s.setLineDashPattern(dashed ? new float[] {3f, 2f} : new float[0], 0);
        boolean open = false;
        for (int i = 0; i < days.size(); i++) {
            Double v = value.apply(days.get(i));
            if (v == null) {
                open = false;
                continue;
            }
            float px = scale.x(i);
            float py = canvas.pdfY(scale.y(v));
            if (open) {
                s.lineTo(px, py);
            } else {
                s.moveTo(px, py);
                // A lone day still shows as a short tick, so it is not lost between gaps.
                s.lineTo(px + 0.01f, py);
                open = true;
            }
        }
        s.stroke();
        s.setLineDashPattern(new float[0], 0);
        if (dots) {
            for (int i = 0; i < days.size(); i++) {
                Double v = value.apply(days.get(i));
                if (v != null) {
                    FigureDrawing.arc(s, scale.x(i), canvas.pdfY(scale.y(v)), 1.7f, 0, 360);
                    s.fill();
                }
            }
        }
    }

    private static void legend(PdfCanvas canvas, PrintText text, float right, float baseline) throws IOException {
        String[] labels = {text.get("report.chart.now"), text.get("report.chart.worst"), text.get("report.chart.average")};
        Color[] colors = {NOW, WORST, AVERAGE};
        float[] widths = {1.4f, 1f, 2.4f};
        float x = right;
        for (int i = labels.length - 1; i >= 0; i--) {
            x -= canvas.width(labels[i], 7.5f);
            canvas.text(labels[i], x, baseline, 7.5f, false, PdfCanvas.TEXT);
            x -= 16;
            canvas.dashed(i == 1);
            canvas.line(x, baseline - 2.5f, x + 12, baseline - 2.5f, widths[i], colors[i]);
            canvas.dashed(false);
            x -= 12;
        }
    }
}
