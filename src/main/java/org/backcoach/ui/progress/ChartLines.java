package org.backcoach.ui.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import org.backcoach.insights.ChartSeries;
import org.backcoach.ui.common.Messages;

/**
 * The words that stand for a chart's lines (under its title, and for screen readers) and the day
 * axis's tick spacing. Plain Java, for the view model; the view draws the lines themselves.
 */
final class ChartLines {

    private ChartLines() {
    }

    /** A sentence a screen reader can say instead of the picture, e.g. "Pain now: latest 4, lowest 2, highest 7." */
    static String summary(Messages messages, List<ChartSeries> lines) {
        List<String> parts = new ArrayList<>();
        for (ChartSeries line : lines) {
            List<ChartSeries.Point> points = line.points();
            String label = messages.get("progress.line." + line.id());
            if (points.isEmpty()) {
                parts.add(messages.get("progress.chart.noData", label));
            } else {
                DoubleSummaryStatistics stats = points.stream().mapToDouble(ChartSeries.Point::value).summaryStatistics();
                parts.add(messages.get("progress.chart.summary", label, points.get(points.size() - 1).value(),
                        stats.getMin(), stats.getMax(), points.size()));
            }
        }
        return String.join(" ", parts);
    }

    /**
     * The line's course in words, from its first to its last point in the span: "Pain now fell
     * from 7 to 3 over 12 days." Empty when the line has no point.
     */
    static String trend(Messages messages, ChartSeries line) {
        List<ChartSeries.Point> points = line.points();
        if (points.isEmpty()) {
            return "";
        }
        String label = messages.get("progress.line." + line.id());
        ChartSeries.Point first = points.get(0);
        ChartSeries.Point last = points.get(points.size() - 1);
        long days = ChronoUnit.DAYS.between(first.date(), last.date());
        if (days == 0) {
            return messages.get("progress.trend.single", label, last.value());
        }
        double change = last.value() - first.value();
        String key = Math.abs(change) < 0.05 ? "progress.trend.same" : change < 0 ? "progress.trend.fell" : "progress.trend.rose";
        return messages.get(key, label, first.value(), last.value(), days);
    }

    /** Tick spacing in days, so an axis shows about eight labels. */
    static double tickDays(LocalDate from, LocalDate to) {
        long days = Math.max(1, to.toEpochDay() - from.toEpochDay());
        return days <= 16 ? 1 : days <= 60 ? 7 : Math.max(7, Math.ceil(days / 8.0 / 7) * 7);
    }
}
