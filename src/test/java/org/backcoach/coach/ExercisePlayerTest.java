package org.backcoach.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.coach.ExercisePlayer.Cue.DONE;
import static org.backcoach.coach.ExercisePlayer.Cue.GO;
import static org.backcoach.coach.ExercisePlayer.Cue.REP;
import static org.backcoach.coach.ExercisePlayer.Cue.REST;
import static org.backcoach.coach.ExercisePlayer.Stage.FINISHED;
import static org.backcoach.coach.ExercisePlayer.Stage.GET_READY;
import static org.backcoach.coach.ExercisePlayer.Stage.RATE;
import static org.backcoach.coach.ExercisePlayer.Stage.TAKE_CARE;
import static org.backcoach.coach.ExercisePlayer.Stage.WORK;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.util.List;
import org.backcoach.content.Bundle;
import org.backcoach.content.BundleFixtures;
import org.backcoach.journal.ExerciseLogEntry;
import org.junit.jupiter.api.Test;

/** The player's timers, driven second by second by a test clock; nothing sleeps. */
class ExercisePlayerTest {

    private static final Bundle BUNDLE = BundleFixtures.builtIn();
    private final MutableClock clock = new MutableClock(TODAY.atTime(9, 0));

    @Test
    void aHoldExerciseRunsGetReadyHoldRestHoldThenAsksForPain() {
        ExercisePlayer player = player("childs-pose");
        assertThat(player.snapshot().stage()).isEqualTo(GET_READY);
        assertThat(player.snapshot().remainingSeconds()).isEqualTo(5);
        assertThat(player.timerRunning()).isTrue();
        clock.advanceSeconds(4.2);
        assertThat(player.tick()).isEmpty();
        assertThat(player.snapshot().remainingSeconds()).isEqualTo(1);
        clock.advanceSeconds(0.8);
        assertThat(player.tick()).containsExactly(GO);
        ExercisePlayer.Snapshot hold = player.snapshot();
        assertThat(hold.stage()).isEqualTo(WORK);
        assertThat(hold.remainingSeconds()).isEqualTo(20);
        assertThat(hold.set()).isEqualTo(1);
        assertThat(hold.sets()).isEqualTo(2);
        clock.advanceSeconds(20);
        assertThat(player.tick()).containsExactly(REST);
        assertThat(player.snapshot().stage()).isEqualTo(ExercisePlayer.Stage.REST);
        assertThat(player.snapshot().remainingSeconds()).isEqualTo(15);
        clock.advanceSeconds(15);
        assertThat(player.tick()).containsExactly(GO);
        assertThat(player.snapshot().set()).isEqualTo(2);
        clock.advanceSeconds(20);
        assertThat(player.tick()).containsExactly(REST, DONE);
        assertThat(player.snapshot().stage()).isEqualTo(RATE);
        assertThat(player.timerRunning()).isFalse();

        ExerciseLogEntry entry = player.rate(2).orElseThrow();
        assertThat(entry).isEqualTo(new ExerciseLogEntry("childs-pose", TODAY.atTime(9, 1), 2, null, 20, 2));
        assertThat(player.snapshot().stage()).isEqualTo(FINISHED);
        assertThat(player.snapshot().logged()).isEqualTo(1);
    }

    @Test
    void repsAreCountedAtTheBundlesPaceOnEachSide() {
        ExercisePlayer player = player("clam-shell");
        clock.advanceSeconds(5);
        player.tick();
        ExercisePlayer.Snapshot first = player.snapshot();
        assertThat(first.side()).isEqualTo(ExercisePlayer.Side.LEFT);
        assertThat(first.rep()).isEqualTo(1);
        assertThat(first.reps()).isEqualTo(10);
        clock.advanceSeconds(5);
        assertThat(player.tick()).containsExactly(REP);
        assertThat(player.snapshot().rep()).isEqualTo(2);
        clock.advanceSeconds(39);
        assertThat(player.tick()).as("one cue per tick, however many reps passed").containsExactly(REP);
        assertThat(player.snapshot().rep()).isEqualTo(9);
        clock.advanceSeconds(6);
        assertThat(player.tick()).containsExactly(REP, REST);
        ExercisePlayer.Snapshot switching = player.snapshot();
        assertThat(switching.stage()).isEqualTo(GET_READY);
        assertThat(switching.side()).isEqualTo(ExercisePlayer.Side.RIGHT);
        clock.advanceSeconds(5);
        player.tick();
        assertThat(player.snapshot().side()).isEqualTo(ExercisePlayer.Side.RIGHT);
        assertThat(player.snapshot().rep()).isEqualTo(1);
    }

    @Test
    void pauseFreezesTheTimerAndResumeCarriesOn() {
        ExercisePlayer player = player("childs-pose");
        clock.advanceSeconds(5);
        player.tick();
        clock.advanceSeconds(8);
        player.tick();
        player.togglePause();
        assertThat(player.timerRunning()).isFalse();
        clock.advanceSeconds(600);
        assertThat(player.tick()).isEmpty();
        assertThat(player.snapshot().remainingSeconds()).isEqualTo(12);
        assertThat(player.snapshot().paused()).isTrue();
        player.togglePause();
        clock.advanceSeconds(11);
        player.tick();
        assertThat(player.snapshot().remainingSeconds()).isEqualTo(1);
        assertThat(player.snapshot().stage()).isEqualTo(WORK);
    }

    @Test
    void arrowsStepForwardAndBack() {
        ExercisePlayer player = player("childs-pose");
        player.next();
        assertThat(player.tick()).containsExactly(GO);
        assertThat(player.snapshot().stage()).isEqualTo(WORK);
        clock.advanceSeconds(10);
        player.tick();
        player.previous();
        assertThat(player.snapshot().stage()).isEqualTo(WORK);
        assertThat(player.snapshot().remainingSeconds()).isEqualTo(20);
        player.previous();
        assertThat(player.snapshot().stage()).isEqualTo(GET_READY);
        player.next();
        player.next();
        assertThat(player.snapshot().stage()).isEqualTo(ExercisePlayer.Stage.REST);
        player.next();
        player.next();
        assertThat(player.snapshot().stage()).isEqualTo(RATE);
        assertThat(player.snapshot().setsDone()).isEqualTo(2);
    }

    @Test
    void aLongGapCatchesUpThroughEverySegment() {
        ExercisePlayer player = player("childs-pose");
        clock.advanceSeconds(3600);
        assertThat(player.tick()).containsExactly(GO, REST, GO, REST, DONE);
        assertThat(player.snapshot().stage()).isEqualTo(RATE);
    }

    @Test
    void skippingLogsNothingAndStoppingEarlyEndsTheSession() {
        ExercisePlayer player = player("cat-cow", "childs-pose", "pelvic-tilts");
        player.skipExercise();
        assertThat(player.snapshot().exercise().id()).isEqualTo("childs-pose");
        assertThat(player.snapshot().exerciseNumber()).isEqualTo(2);
        player.stop();
        assertThat(player.snapshot().stage()).isEqualTo(FINISHED);
        assertThat(player.snapshot().logged()).isZero();
    }

    @Test
    void stoppingAfterASetAsksForThePainThenFinishes() {
        ExercisePlayer player = player("childs-pose", "cat-cow");
        clock.advanceSeconds(25);
        player.tick();
        assertThat(player.snapshot().stage()).isEqualTo(ExercisePlayer.Stage.REST);
        player.stop();
        assertThat(player.snapshot().stage()).isEqualTo(RATE);
        assertThat(player.rate(3).orElseThrow().sets()).isEqualTo(1);
        assertThat(player.snapshot().stage()).isEqualTo(FINISHED);
    }

    @Test
    void aPainfulExercisePausesForCareBeforeTheNext() {
        ExercisePlayer player = player("cat-cow", "childs-pose");
        clock.advanceSeconds(3600);
        player.tick();
        assertThat(player.rate(5).orElseThrow().painDuring()).isEqualTo(5);
        assertThat(player.snapshot().stage()).isEqualTo(TAKE_CARE);
        assertThat(player.timerRunning()).isFalse();
        player.continueGently();
        assertThat(player.snapshot().stage()).isEqualTo(GET_READY);
        assertThat(player.snapshot().exercise().id()).isEqualTo("childs-pose");
    }

    @Test
    void aRatingCanBeLeftOut() {
        ExercisePlayer player = player("cat-cow", "childs-pose");
        clock.advanceSeconds(3600);
        player.tick();
        player.skipRating();
        assertThat(player.snapshot().exercise().id()).isEqualTo("childs-pose");
        assertThat(player.snapshot().logged()).isZero();
    }

    private ExercisePlayer player(String... ids) {
        List<PlannedExercise> planned = java.util.Arrays.stream(ids)
                .map(id -> PlannedExercise.asPrescribed(BUNDLE.exercise(id).orElseThrow())).toList();
        return new ExercisePlayer(planned, BUNDLE.coachRules(), clock);
    }
}
