package org.backcoach.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.backcoach.content.Bundle;
import org.backcoach.content.RedFlag;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.ExerciseLogEntry;
import org.junit.jupiter.api.Test;

/** What the report works out from check-ins and the exercise log, without drawing anything. */
class ClinicianReportTest {

    private static final Bundle BUNDLE = PrintFixtures.builtIn();
    private static final LocalDate D1 = LocalDate.of(2026, 11, 1);

    private static CheckIn day(int offset, int pain) {
        return CheckIn.on(D1.plusDays(offset), pain).painWorst(pain + 1).build();
    }

    @Test
    void oneEntryPerDayWithGapsWhereNothingWasRecorded() {
        ClinicianReport report = ClinicianReport.build(BUNDLE, D1, D1.plusDays(3), List.of(day(0, 5), day(2, 3)),
                List.of(), PrintedInsights.none());
        assertThat(report.pain()).extracting(ClinicianReport.DayPain::now).containsExactly(5, null, 3, null);
        assertThat(report.pain()).extracting(ClinicianReport.DayPain::worst).containsExactly(6, null, 4, null);
        assertThat(report.days()).isEqualTo(4);
        assertThat(report.checkInDays()).isEqualTo(2);
        assertThat(report.meanNow().getAsDouble()).isEqualTo(4.0);
    }

    @Test
    void theSevenDayAverageUsesTheWeekBeforeTheRangeAndNeedsThreeDays() {
        List<CheckIn> checkIns = List.of(day(-6, 8), day(-3, 6), day(0, 4), day(1, 2));
        ClinicianReport report = ClinicianReport.build(BUNDLE, D1, D1.plusDays(1), checkIns, List.of(),
                PrintedInsights.none());
        assertThat(report.pain().get(0).average7()).isEqualTo(6.0);
        assertThat(report.pain().get(1).average7()).isEqualTo(4.0);
        ClinicianReport thin = ClinicianReport.build(BUNDLE, D1, D1, List.of(day(-1, 8), day(0, 4)), List.of(),
                PrintedInsights.none());
        assertThat(thin.pain().get(0).average7()).isNull();
        assertThat(thin.checkInDays()).as("days before the range only feed the average").isEqualTo(1);
    }

    @Test
    void milestonesWithTheirFirstDateAndRedFlagsWithEveryDate() {
        CheckIn first = CheckIn.on(D1, 5).milestones(Set.of("walked-10-min")).redFlags(Set.of("night-pain")).build();
        CheckIn second = CheckIn.on(D1.plusDays(2), 4).milestones(Set.of("walked-10-min", "stood-straight"))
                .redFlags(Set.of("night-pain", "bladder-bowel-control")).build();
        ClinicianReport report = ClinicianReport.build(BUNDLE, D1, D1.plusDays(2), List.of(first, second), List.of(),
                PrintedInsights.none());
        assertThat(report.milestones()).extracting(ClinicianReport.MilestoneReached::id, ClinicianReport.MilestoneReached::first,
                ClinicianReport.MilestoneReached::days)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("walked-10-min", D1, 2),
                        org.assertj.core.groups.Tuple.tuple("stood-straight", D1.plusDays(2), 1));
        assertThat(report.milestones().get(0).label()).isEqualTo("First 10-minute walk");
        assertThat(report.redFlags()).extracting(ClinicianReport.RedFlagAnswer::urgency)
                .containsExactly(RedFlag.Urgency.URGENT, RedFlag.Urgency.SOON);
        assertThat(report.redFlags().get(1).dates()).containsExactly(D1, D1.plusDays(2));
    }

    @Test
    void adherenceAndPainDuringExercise() {
        List<ExerciseLogEntry> log = List.of(
                new ExerciseLogEntry("cat-cow", D1.atTime(9, 0), 1, 10, null, 2),
                new ExerciseLogEntry("cat-cow", D1.atTime(17, 0), 1, 10, null, 4),
                new ExerciseLogEntry("plank", D1.plusDays(1).atTime(9, 0), 2, null, 20, 6),
                new ExerciseLogEntry("cat-cow", D1.plusDays(1).atTime(9, 5), 1, 10, null, 0));
        ClinicianReport report = ClinicianReport.build(BUNDLE, D1, D1.plusDays(3), List.of(), log,
                PrintedInsights.none());
        assertThat(report.daysExercised()).isEqualTo(2);
        assertThat(report.sessions()).isEqualTo(4);
        ExerciseStats catCow = report.exercises().get(0);
        assertThat(catCow.title()).isEqualTo("Cat-cow");
        assertThat(catCow.sessions()).isEqualTo(3);
        assertThat(catCow.days()).isEqualTo(2);
        assertThat(catCow.meanPainDuring()).isEqualTo(2.0);
        assertThat(catCow.maxPainDuring()).isEqualTo(4);
        assertThat(catCow.mildSessions()).isEqualTo(2);
        assertThat(ExerciseStats.easiest(report.exercises(), 3)).extracting(ExerciseStats::exerciseId)
                .containsExactly("cat-cow");
    }

    @Test
    void notesNewestFirstAndBlankNotesLeftOut() {
        List<CheckIn> checkIns = List.of(CheckIn.on(D1, 3).note("first").build(), CheckIn.on(D1.plusDays(1), 3).note("  ").build(),
                CheckIn.on(D1.plusDays(2), 3).note("third").build());
        ClinicianReport report = ClinicianReport.build(BUNDLE, D1, D1.plusDays(2), checkIns, List.of(),
                PrintedInsights.none());
        assertThat(report.notes()).extracting(ClinicianReport.DatedNote::text).containsExactly("third", "first");
    }

    @Test
    void helpersAndAggravatorsAreRankedByTheirDifference() {
        PrintedInsights insights = new PrintedInsights(List.of(
                insight("Heat", -1.0), insight("Walking", -2.5), insight("Long sitting", 1.5), insight("Stress", 0.5)));
        assertThat(insights.helpers(3)).extracting(org.backcoach.insights.FactorInsight::label).containsExactly("Walking", "Heat");
        assertThat(insights.aggravators(1)).extracting(org.backcoach.insights.FactorInsight::label).containsExactly("Long sitting");
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> ClinicianReport.build(BUNDLE, D1, D1.minusDays(1), List.of(), List.of(),
                PrintedInsights.none())).hasMessageContaining("after its end");
    }

    static org.backcoach.insights.FactorInsight insight(String label, double difference) {
        return new org.backcoach.insights.FactorInsight(label.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), label,
                difference < 0 ? org.backcoach.content.Factor.Kind.HELPER : org.backcoach.content.Factor.Kind.AGGRAVATOR,
                0, 8, 12, 4 + difference, 4, difference);
    }
}
