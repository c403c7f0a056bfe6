package org.backcoach.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.util.stream.Stream;
import org.backcoach.content.Bundle;
import org.backcoach.content.BundleFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The phase rules as a table of realistic histories. Each row: a history (days before today), the
 * phase expected today, and the reason the person reads.
 */
class PhaseRulesTest {

    private static final Bundle BUNDLE = BundleFixtures.builtIn();
    private static final String STAND = "stood-straight";
    private static final String WALK10 = "walked-10-min";
    private static final String SAT30 = "sat-30-min";

    static Stream<Arguments> scenarios() {
        return Stream.of(
                Arguments.of("no check-ins yet", History.empty(), "calm",
                        "Calm the spasm, because this is where everyone starts: gently. Your plan grows with each day you check in."),
                Arguments.of("acute: high pain, nothing possible yet", History.empty().day(2, 8).day(1, 8), "calm",
                        "Calm the spasm, because your pain was 8/10 yesterday. The next phase starts when it is 6/10 or less."),
                Arguments.of("acute: pain easing but no milestone yet", History.empty().day(2, 8).day(1, 6), "calm",
                        "Calm the spasm, because your pain was 6/10 yesterday. The next phase starts on a day when you have "
                                + "also stood up straight, walked 10 minutes or got out of bed without help."),
                Arguments.of("improving: first 10-minute walk", History.empty().day(2, 6).day(1, 4, WALK10), "walk",
                        "Stand tall and walk, because you walked 10 minutes yesterday and your pain was 4/10."),
                Arguments.of("improving: a week of steady progress", History.empty().day(7, 8).day(6, 7).day(5, 6, STAND)
                                .day(4, 5, STAND).day(3, 4, STAND, WALK10).day(2, 4, STAND, WALK10).day(1, 3, STAND, WALK10),
                        "strengthen", "Build core and glutes, because your pain was 3/10 yesterday. The next phase starts "
                                + "on a day when you have also sat for 30 minutes without a spasm."),
                Arguments.of("improving, but the walk phase needs two days", History.empty().day(3, 6).day(2, 5, STAND)
                                .day(1, 3, STAND, WALK10), "walk",
                        "Stand tall and walk, because your pain was 3/10 yesterday and this phase needs at least 2 days. "
                                + "Today is day 1."),
                Arguments.of("plateau: pain stuck at 5 in the walk phase", History.empty().day(8, 6, STAND)
                                .steady(7, 5, STAND, WALK10), "walk",
                        "Stand tall and walk, because your pain was 5/10 yesterday. The next phase starts when it is 4/10 or less."),
                Arguments.of("flare after a good week: pain jumps from 2 to 5", goodWeek().day(1, 5), "walk",
                        "Stand tall and walk, because your pain rose from 2/10 to 5/10 yesterday. Today is gentler."),
                Arguments.of("flare after a good week: pain jumps to 8", goodWeek().day(1, 8), "walk",
                        "Stand tall and walk, because your pain rose from 2/10 to 8/10 yesterday. Today is gentler."),
                Arguments.of("flare after a good week: pain creeps up a point a day to 7", creepingTo7(1), "walk",
                        "Stand tall and walk, because your pain was 7/10 yesterday. Strengthening waits until it is below 7/10."),
                Arguments.of("an exercise hurt too much yesterday", goodWeek().day(1, 2, STAND, WALK10, SAT30)
                                .exercise(1, "plank", 6), "walk",
                        "Stand tall and walk, because Plank hurt 6/10 yesterday, at or above your limit of 5/10. Today is gentler."),
                Arguments.of("no check-in yesterday", History.empty().day(3, 6).day(2, 4, WALK10), "walk",
                        "Stand tall and walk, as before, because there is no check-in for yesterday. Checking in helps your "
                                + "plan keep up with you."));
    }

    /** Eight days from a bad start to the strengthen phase, pain 2 the day before yesterday. */
    private static History goodWeek() {
        return History.empty().day(9, 7).day(8, 5, STAND).day(7, 4, STAND, WALK10).day(6, 4, STAND, WALK10)
                .day(5, 3, STAND, WALK10).day(4, 3, STAND, WALK10).day(3, 2, STAND, WALK10).day(2, 2, STAND, WALK10);
    }

    /** The good week, then pain creeping up one point a day (never a 2-point rise) to 7, {@code daysAgo} days ago. */
    private static History creepingTo7(int daysAgo) {
        History h = History.empty();
        goodWeek().checkIns.forEach(c -> h.day((int) (TODAY.toEpochDay() - c.date().toEpochDay()) + 4 + daysAgo,
                c.painNow(), c.milestones().toArray(String[]::new)));
        for (int pain = 3; pain <= 7; pain++) {
            h.day(daysAgo + 7 - pain, pain);
        }
        return h;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario(String name, History history, String expectedPhase, String expectedReason) {
        TodayPlan plan = plan(history);
        assertThat(plan.phase().id()).isEqualTo(expectedPhase);
        assertThat(plan.reason()).isEqualTo(expectedReason);
        assertThat(plan.redFlagStop()).isFalse();
        assertThat(plan.exercises()).hasSizeBetween(3, 6);
    }

    @Test
    void goodWeekReachesStrengthen() {
        assertThat(plan(goodWeek()).phase().id()).isEqualTo("strengthen");
    }

    @Test
    void aRedFlagWithholdsThePlanAndSaysWhy() {
        TodayPlan plan = plan(goodWeek().redFlags(1, 3, "fever-chills"));
        assertThat(plan.redFlagStop()).isTrue();
        assertThat(plan.exercises()).isEmpty();
        assertThat(plan.microRoutine()).isEmpty();
        assertThat(plan.phase().id()).isEqualTo("strengthen");
        assertThat(plan.reason()).isEqualTo("Exercises are on hold, because you answered yes to: Do you have a fever or "
                + "chills, or feel generally unwell, along with your back pain? Please seek care first.");
    }

    @Test
    void aCheckInTodayWithHighPainLimitsTodayAtOnce() {
        History creeping = creepingTo7(0);
        assertThat(plan(withoutToday(creeping)).phase().id()).isEqualTo("strengthen");
        TodayPlan plan = plan(creeping);
        assertThat(plan.phase().id()).isEqualTo("walk");
        assertThat(plan.decision().kind()).isEqualTo(PhaseDecision.Kind.CAPPED);
        assertThat(plan.reason()).isEqualTo(
                "Stand tall and walk, because your pain was 7/10 today. Strengthening waits until it is below 7/10.");
        assertThat(plan.exercises()).allSatisfy(p -> assertThat(p.exercise().phases()).containsAnyOf("calm", "walk"));
    }

    private static History withoutToday(History h) {
        History copy = History.empty();
        h.checkIns.stream().filter(c -> c.date().isBefore(TODAY)).forEach(copy.checkIns::add);
        return copy;
    }

    @Test
    void aRiseInTodaysCheckInStepsBackToday() {
        TodayPlan plan = plan(goodWeek().day(1, 2, STAND, WALK10).day(0, 4));
        assertThat(plan.phase().id()).isEqualTo("walk");
        assertThat(plan.reason()).isEqualTo("Stand tall and walk, because your pain rose from 2/10 to 4/10 today. Today is gentler.");
    }

    @Test
    void theCalmPhaseCannotStepBackFurther() {
        TodayPlan plan = plan(History.empty().day(2, 3).day(1, 6));
        assertThat(plan.phase().id()).isEqualTo("calm");
        assertThat(plan.decision().kind()).isEqualTo(PhaseDecision.Kind.STEPPED_BACK);
    }

    @Test
    void fullBodyNeedsExerciseDaysInTheStrengthenPhase() {
        History strongWeek = History.empty().day(12, 6, STAND);
        for (int ago = 11; ago >= 1; ago--) {
            strongWeek.day(ago, 2, STAND, WALK10, SAT30);
        }
        assertThat(plan(strongWeek).phase().id()).isEqualTo("strengthen");
        assertThat(plan(strongWeek).reason()).startsWith("Build core and glutes, because the next phase needs your "
                + "exercises done on at least 3 days in this one. So far: 0.");
        for (int ago = 3; ago >= 1; ago--) {
            strongWeek.exercise(ago, "glute-bridge", 1);
        }
        assertThat(plan(strongWeek).phase().id()).isEqualTo("full-body");
        assertThat(plan(strongWeek).reason()).isEqualTo("Full body and prevention, because you walked 10 minutes and sat for "
                + "30 minutes without a spasm yesterday and your pain was 2/10.");
        TodayPlan next = new Coach(BUNDLE).plan(strongWeek.day(0, 2).checkIns, strongWeek.log, strongWeek.reviews,
                TODAY.plusDays(1));
        assertThat(next.reason()).startsWith("Full body and prevention, because you have reached the last phase.");
    }

    @Test
    void theSameJournalAlwaysGivesTheSameAnswer() {
        History h = goodWeek().day(1, 5).exercise(3, "cat-cow", 2);
        assertThat(plan(h)).isEqualTo(plan(h));
    }

    static TodayPlan plan(History h) {
        return new Coach(BUNDLE).plan(h.checkIns, h.log, h.reviews, TODAY);
    }
}
