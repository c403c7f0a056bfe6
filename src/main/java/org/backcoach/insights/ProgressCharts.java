package org.backcoach.insights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.CheckInField;
import org.backcoach.journal.ExerciseDay;

/**
 * The lines of the Progress charts for a span of days, built in one pass over the check-ins: one for
 * each check-in field the table charts ({@link CheckInField#chartLine()}), the 7-day mean of pain
 * now, and the exercise sessions with their pain. Up to three months are shown day by day; longer
 * spans as means per week, or per four weeks past two years, so a chart never has more than a few
 * hundred points.
 *
 * @param bucketDays days per point: 1, 7 or 28
 * @param lines      every line by its key; the 7-day mean is empty when bucketDays &gt; 1
 */
public record ProgressCharts(LocalDate from, LocalDate to, int bucketDays, Map<String, ChartSeries> lines) {

    /** The 7-day rolling mean of pain now, on days with a check-in; drawn on the pain chart. */
    public static final String PAIN_AVERAGE = "pain-average";
    public static final String EXERCISE_SESSIONS = "exercise-sessions";
    public static final String EXERCISE_PAIN = "exercise-pain";
    /** The exercise chart's lines: they come from the exercise log, not from check-in fields. */
    public static final List<String> EXERCISE_KEYS = List.of(EXERCISE_SESSIONS, EXERCISE_PAIN);

    static final int ROLLING_DAYS = 7;
    private static final List<CheckInField> CHARTED = Arrays.stream(CheckInField.values())
            .filter(f -> f.chartLine().isPresent()).toList();

    public ProgressCharts {
        lines = Collections.unmodifiableMap(new LinkedHashMap<>(lines));
    }

    /** The keys of a check-in chart's lines: its fields in the table's order, then the pain chart's mean. */
    public static List<String> keys(CheckInField.Chart chart) {
        List<String> keys = new ArrayList<>(CHARTED.stream().map(f -> f.chartLine().orElseThrow())
                .filter(line -> line.chart() == chart).map(CheckInField.Line::key).toList());
        if (chart == CheckInField.Chart.PAIN) {
            keys.add(PAIN_AVERAGE);
        }
        return List.copyOf(keys);
    }

    /** The line with this key (see {@link #keys} and the constants above), possibly without points. */
    public ChartSeries line(String key) {
        ChartSeries line = lines.get(key);
        if (line == null) {
            throw new IllegalArgumentException("no chart line " + key);
        }
        return line;
    }

    public ChartSeries line(CheckInField field) {
        return line(field.chartLine().orElseThrow(() -> new IllegalArgumentException(field + " is not charted")).key());
    }

    /** A check-in chart's lines, in the order of {@link #keys}. */
    public List<ChartSeries> chart(CheckInField.Chart chart) {
        return keys(chart).stream().map(this::line).toList();
    }

    public List<ChartSeries> exercise() {
        return EXERCISE_KEYS.stream().map(this::line).toList();
    }

    /**
     * @param checkIns     every check-in, oldest first (days before {@code from} feed the rolling mean)
     * @param exerciseDays sessions per day from {@code from} to {@code to}
     */
    public static ProgressCharts of(List<CheckIn> checkIns, List<ExerciseDay> exerciseDays, LocalDate from,
                                    LocalDate to) {
        int days = Math.max((int) ChronoUnit.DAYS.between(from, to) + 1, 0);
        double[][] fields = new double[CHARTED.size()][];
        for (int f = 0; f < fields.length; f++) {
            fields[f] = gaps(days);
        }
        double[] average = gaps(days);
        double[] sessions = gaps(days);
        double[] exercisePain = gaps(days);
        // The rolling mean slides over check-ins in [day - 6, day]; the window's tail advances with it.
        int tail = 0;
        long windowSum = 0;
        int windowCount = 0;
        for (int i = 0; i < checkIns.size(); i++) {
            CheckIn c = checkIns.get(i);
            windowSum += c.painNow();
            windowCount++;
            while (ChronoUnit.DAYS.between(checkIns.get(tail).date(), c.date()) >= ROLLING_DAYS) {
                windowSum -= checkIns.get(tail).painNow();
                windowCount--;
                tail++;
            }
            int d = (int) ChronoUnit.DAYS.between(from, c.date());
            if (d < 0 || d >= days) {
                continue;
            }
            for (int f = 0; f < fields.length; f++) {
                set(fields[f], d, (Integer) CHARTED.get(f).get(c));
            }
            average[d] = (double) windowSum / windowCount;
            sessions[d] = 0;
        }
        for (ExerciseDay e : exerciseDays) {
            int d = (int) ChronoUnit.DAYS.between(from, e.date());
            if (d >= 0 && d < days) {
                sessions[d] = e.sessions();
                exercisePain[d] = e.meanPainDuring();
            }
        }
        int bucket = days <= 92 ? 1 : days <= 730 ? 7 : 28;
        Map<String, ChartSeries> lines = new LinkedHashMap<>();
        for (int f = 0; f < fields.length; f++) {
            String key = CHARTED.get(f).chartLine().orElseThrow().key();
            lines.put(key, series(key, fields[f], from, bucket));
        }
        lines.put(PAIN_AVERAGE, bucket > 1 ? new ChartSeries(PAIN_AVERAGE, List.of()) : series(PAIN_AVERAGE, average, from, 1));
        lines.put(EXERCISE_SESSIONS, series(EXERCISE_SESSIONS, sessions, from, bucket));
        lines.put(EXERCISE_PAIN, series(EXERCISE_PAIN, exercisePain, from, bucket));
        return new ProgressCharts(from, to, bucket, lines);
    }

    /** A day without a value is NaN: a gap in the line, never a zero. */
    private static double[] gaps(int days) {
        double[] values = new double[days];
        Arrays.fill(values, Double.NaN);
        return values;
    }

    private static void set(double[] measure, int day, Integer value) {
        if (value != null) {
            measure[day] = value;
        }
    }

    /** Means per bucket of the days that have a value; a bucket without any ends a segment. */
    private static ChartSeries series(String id, double[] daily, LocalDate from, int bucket) {
        List<List<ChartSeries.Point>> segments = new ArrayList<>();
        List<ChartSeries.Point> current = new ArrayList<>();
        for (int start = 0; start < daily.length; start += bucket) {
            double sum = 0;
            int count = 0;
            for (int d = start; d < Math.min(start + bucket, daily.length); d++) {
                if (!Double.isNaN(daily[d])) {
                    sum += daily[d];
                    count++;
                }
            }
            if (count == 0) {
                if (!current.isEmpty()) {
                    segments.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(new ChartSeries.Point(from.plusDays(start), sum / count));
            }
        }
        if (!current.isEmpty()) {
            segments.add(current);
        }
        return new ChartSeries(id, segments);
    }
}
