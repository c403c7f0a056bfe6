package org.backcoach.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.backcoach.content.BundleFixtures;
import org.backcoach.journal.SafetyReview;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * When the exercise player may open (from Today, a movement break or Ctrl+Enter), as a table:
 * the history, which exercises are asked for, and the answer. Anything but "yes" shows Today.
 */
class PlayerMayStartTest {

    enum Asked { TODAYS_EXERCISES, MICRO_ROUTINE, NOTHING }

    static Stream<Arguments> scenarios() {
        return Stream.of(
                Arguments.of("screened, no red flag: today's exercises", screened().day(1, 4), Asked.TODAYS_EXERCISES, true),
                Arguments.of("screened, no red flag: a movement break", screened().day(1, 4), Asked.MICRO_ROUTINE, true),
                Arguments.of("screened, but nothing to do", screened().day(1, 4), Asked.NOTHING, false),
                Arguments.of("a red flag in the latest check-in stops it", screened().redFlags(0, 5, "night-pain"),
                        Asked.TODAYS_EXERCISES, false),
                Arguments.of("a red flag stops the movement break too", screened().redFlags(0, 5, "night-pain"),
                        Asked.MICRO_ROUTINE, false),
                Arguments.of("care sought for the red flag: allowed again",
                        screened().redFlags(1, 5, "night-pain").soughtCare(0, "night-pain"), Asked.TODAYS_EXERCISES, true),
                Arguments.of("the safety questions were never answered", History.empty().day(1, 4),
                        Asked.TODAYS_EXERCISES, false),
                Arguments.of("never answered, first day", History.empty(), Asked.MICRO_ROUTINE, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void playerMayStart(String scenario, History history, Asked asked, boolean allowed) {
        TodayPlan plan = PhaseRulesTest.plan(history);
        assertThat(plan.playerMayStart(chosen(plan, asked))).as(scenario).isEqualTo(allowed);
    }

    /** What the caller asks for. A withheld plan lists none, so the player is asked with one picked earlier. */
    private static List<PlannedExercise> chosen(TodayPlan plan, Asked asked) {
        return switch (asked) {
            case TODAYS_EXERCISES -> plan.exercises().isEmpty() ? someExercise() : plan.exercises();
            case MICRO_ROUTINE -> plan.microRoutine().isEmpty() ? someExercise() : plan.microRoutine();
            case NOTHING -> List.of();
        };
    }

    private static List<PlannedExercise> someExercise() {
        return List.of(PlannedExercise.asPrescribed(BundleFixtures.builtIn().exercise("cat-cow").orElseThrow()));
    }

    private static History screened() {
        History history = History.empty();
        history.reviews.add(SafetyReview.screening(TODAY.minusDays(3).atTime(9, 0), Set.of()));
        return history;
    }
}
