package org.backcoach.insights;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of a chart, split into segments wherever a day (or a longer bucket) has no value, so
 * a missing check-in shows as a gap, never as a zero.
 */
public record ChartSeries(String id, List<List<Point>> segments) {

    public ChartSeries {
        segments = segments.stream().map(List::copyOf).toList();
    }

    /** A value on a day; for a bucket longer than a day, {@code date} is the bucket's first day. */
    public record Point(LocalDate date, double value) {
    }

    public int pointCount() {
        return segments.stream().mapToInt(List::size).sum();
    }

    public List<Point> points() {
        return segments.stream().flatMap(List::stream).toList();
    }
}
