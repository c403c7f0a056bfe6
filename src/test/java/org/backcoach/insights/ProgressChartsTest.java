package org.backcoach.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.CheckInField;
import org.backcoach.journal.ExerciseDay;
import org.junit.jupiter.api.Test;

class ProgressChartsTest {

    private static final LocalDate FROM = TODAY.minusDays(13);

    @Test
    void daysWithoutACheckInAreGapsNotZeros() {
        List<CheckIn> days = List.of(
                CheckIn.on(FROM, 6).painWorst(8).walkMinutes(5).build(),
                CheckIn.on(FROM.plusDays(1), 5).painWorst(7).build(),
                CheckIn.on(FROM.plusDays(4), 4).walkMinutes(0).spasms(0).build(),
                CheckIn.on(FROM.plusDays(5), 4).walkMinutes(15).spasms(2).build());
        ProgressCharts charts = ProgressCharts.of(days, List.of(), FROM, TODAY);
        assertThat(charts.bucketDays()).isEqualTo(1);
        assertThat(charts.line(CheckInField.PAIN_NOW).segments()).hasSize(2);
        assertThat(charts.line(CheckInField.PAIN_NOW).segments().get(0)).extracting(ChartSeries.Point::date)
                .containsExactly(FROM, FROM.plusDays(1));
        assertThat(charts.line(CheckInField.PAIN_WORST).segments()).hasSize(1);
        // A recorded zero is a point; an unrecorded value is a gap.
        assertThat(charts.line(CheckInField.WALK_MINUTES).segments()).hasSize(2);
        assertThat(charts.line(CheckInField.WALK_MINUTES).segments().get(1)).containsExactly(
                new ChartSeries.Point(FROM.plusDays(4), 0), new ChartSeries.Point(FROM.plusDays(5), 15));
        assertThat(charts.line(CheckInField.SPASMS).points()).extracting(ChartSeries.Point::value).containsExactly(0.0, 2.0);
    }

    @Test
    void theRollingAverageCoversTheSevenDaysUpToEachCheckIn() {
        List<CheckIn> days = new ArrayList<>();
        int[] pains = {8, 8, 6, 6, 4, 4, 2, 2, 2};
        for (int i = 0; i < pains.length; i++) {
            days.add(CheckIn.on(TODAY.minusDays(8 - i), pains[i]).build());
        }
        ProgressCharts charts = ProgressCharts.of(days, List.of(), TODAY.minusDays(1), TODAY);
        // Yesterday: days -7..-1 = 8,6,6,4,4,2,2 -> 32/7; today: -6..0 = 6,6,4,4,2,2,2 -> 26/7.
        assertThat(charts.line(ProgressCharts.PAIN_AVERAGE).points()).extracting(ChartSeries.Point::value)
                .containsExactly(32 / 7.0, 26 / 7.0);
    }

    @Test
    void exerciseSessionsAreZeroOnCheckInDaysAndPainDuringIsAGapWithoutSessions() {
        List<CheckIn> days = List.of(CheckIn.on(FROM, 5).build(), CheckIn.on(FROM.plusDays(1), 5).build());
        List<ExerciseDay> exercise = List.of(new ExerciseDay(FROM.plusDays(1), 3, 2.5),
                new ExerciseDay(FROM.plusDays(3), 1, 4));
        ProgressCharts charts = ProgressCharts.of(days, exercise, FROM, TODAY);
        assertThat(charts.line(ProgressCharts.EXERCISE_SESSIONS).segments()).hasSize(2);
        assertThat(charts.line(ProgressCharts.EXERCISE_SESSIONS).points()).extracting(ChartSeries.Point::value).containsExactly(0.0, 3.0, 1.0);
        assertThat(charts.line(ProgressCharts.EXERCISE_PAIN).points()).containsExactly(new ChartSeries.Point(FROM.plusDays(1), 2.5),
                new ChartSeries.Point(FROM.plusDays(3), 4));
    }

    @Test
    void longSpansAreShownAsWeeklyOrFourWeeklyMeans() {
        List<CheckIn> days = new ArrayList<>();
        LocalDate first = TODAY.minusYears(1);
        for (LocalDate d = first; !d.isAfter(TODAY); d = d.plusDays(1)) {
            days.add(CheckIn.on(d, d.getDayOfWeek().getValue() % 2 == 0 ? 4 : 6).build());
        }
        ProgressCharts year = ProgressCharts.of(days, List.of(), first, TODAY);
        assertThat(year.bucketDays()).isEqualTo(7);
        assertThat(year.line(CheckInField.PAIN_NOW).pointCount()).isEqualTo(53);
        assertThat(year.line(CheckInField.PAIN_NOW).points().get(0).value()).isCloseTo(5.0, org.assertj.core.data.Offset.offset(0.3));
        assertThat(year.line(ProgressCharts.PAIN_AVERAGE).segments()).isEmpty();
        ProgressCharts threeYears = ProgressCharts.of(days, List.of(), TODAY.minusYears(3), TODAY);
        assertThat(threeYears.bucketDays()).isEqualTo(28);
        assertThat(threeYears.line(CheckInField.PAIN_NOW).segments()).as("two empty years, then one year of data").hasSize(1);
    }
}
