package org.backcoach.insights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.ExerciseDay;

/**
 * The series of the four progress charts for a span of days, built in one pass over the check-ins.
 * Up to three months are shown day by day; longer spans as means per week, or per four weeks past
 * two years, so a chart never has more than a few hundred points.
 *
 * @param bucketDays  days per point: 1, 7 or 28
 * @param painAverage the 7-day rolling mean of pain now, on days with a check-in; empty when bucketDays &gt; 1
 */
public record ProgressCharts(LocalDate from, LocalDate to, int bucketDays,
                             ChartSeries painNow, ChartSeries painWorst, ChartSeries painAverage,
                             ChartSeries walkMinutes, ChartSeries sittingMaxMinutes, ChartSeries spasms,
                             ChartSeries exerciseSessions, ChartSeries exercisePain) {

    static final int ROLLING_DAYS = 7;
    private static final int NOW = 0;
    private static final int WORST = 1;
    private static final int AVERAGE = 2;
    private static final int WALK = 3;
    private static final int SITTING = 4;
    private static final int SPASMS = 5;
    private static final int SESSIONS = 6;
    private static final int EXERCISE_PAIN = 7;
    private static final String[] IDS = {"pain-now", "pain-worst", "pain-average", "walk-minutes",
            "sitting-max-minutes", "spasms", "exercise-sessions", "exercise-pain"};

    /**
     * @param checkIns     every check-in, oldest first (days before {@code from} feed the rolling mean)
     * @param exerciseDays sessions per day from {@code from} to {@code to}
     */
    public static ProgressCharts of(List<CheckIn> checkIns, List<ExerciseDay> exerciseDays, LocalDate from,
                                    LocalDate to) {
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        double[][] values = new double[IDS.length][Math.max(days, 0)];
        for (double[] measure : values) {
            Arrays.fill(measure, Double.NaN);
        }
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
            values[NOW][d] = c.painNow();
            values[AVERAGE][d] = (double) windowSum / windowCount;
            set(values[WORST], d, c.painWorst());
            set(values[WALK], d, c.walkMinutes());
            set(values[SITTING], d, c.sittingMaxMinutes());
            set(values[SPASMS], d, c.spasms());
            values[SESSIONS][d] = 0;
        }
        for (ExerciseDay e : exerciseDays) {
            int d = (int) ChronoUnit.DAYS.between(from, e.date());
            if (d >= 0 && d < days) {
                values[SESSIONS][d] = e.sessions();
                values[EXERCISE_PAIN][d] = e.meanPainDuring();
            }
        }
        int bucket = days <= 92 ? 1 : days <= 730 ? 7 : 28;
        ChartSeries[] series = new ChartSeries[IDS.length];
        for (int m = 0; m < IDS.length; m++) {
            series[m] = m == AVERAGE && bucket > 1 ? new ChartSeries(IDS[m], List.of())
                    : series(IDS[m], values[m], from, bucket);
        }
        return new ProgressCharts(from, to, bucket, series[NOW], series[WORST], series[AVERAGE], series[WALK],
                series[SITTING], series[SPASMS], series[SESSIONS], series[EXERCISE_PAIN]);
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
