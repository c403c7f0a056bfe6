package org.backcoach.ui.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import org.backcoach.coach.Coach;
import org.backcoach.coach.ExercisePlayer;
import org.backcoach.coach.MutableClock;
import org.backcoach.coach.PlannedExercise;
import org.backcoach.content.Bundle;
import org.backcoach.content.BundleFixtures;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Chime;
import org.backcoach.ui.common.UiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The player's screen state without a toolkit: texts per stage, reps and sides, logging, closing. */
class PlayerViewModelTest {

    private static final Bundle BUNDLE = BundleFixtures.builtIn();

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(TODAY.atTime(10, 0));
    private final List<Chime.Tone> sounds = new ArrayList<>();

    @Test
    void repsShowTheCountAndTheSide() {
        try (Journal journal = open()) {
            PlayerViewModel model = model(journal, "clam-shell");
            assertThat(model.stageTextProperty().get()).isEqualTo("Get ready (left side)");
            assertThat(model.counterProperty().get()).isEqualTo("Set 1 of 2");
            clock.advanceSeconds(5);
            model.tick();
            clock.advanceSeconds(11);
            model.tick();
            assertThat(model.stageTextProperty().get()).isEqualTo("Move slowly with the count (left side)");
            assertThat(model.counterProperty().get()).isEqualTo("Rep 3 of 10 · set 1 of 2");
            assertThat(model.segmentProgressProperty().get()).isBetween(0.2, 0.3);
            assertThat(sounds).containsExactly(Chime.Tone.GO, Chime.Tone.REP);
            model.togglePause();
            assertThat(model.stageTextProperty().get()).startsWith("Paused");
            assertThat(model.timerRunningProperty().get()).isFalse();
        }
    }

    @Test
    void theTimerIsOneSentenceForAScreenReader() {
        try (Journal journal = open()) {
            PlayerViewModel model = model(journal, "clam-shell");
            assertThat(model.timerStatusProperty().get()).isEqualTo("Get ready (left side), 5 seconds left, set 1 of 2");
            clock.advanceSeconds(5);
            model.tick();
            clock.advanceSeconds(11);
            model.tick();
            assertThat(model.timerStatusProperty().get()).matches(
                    "Move slowly with the count \\(left side\\), \\d+ seconds left, rep 3 of 10, set 1 of 2");
            model.togglePause();
            assertThat(model.timerStatusProperty().get()).startsWith("Paused, ").endsWith("left, rep 3 of 10, set 1 of 2");
            PlayerViewModel hold = model(journal, "childs-pose");
            clock.advanceSeconds(5);
            hold.tick();
            clock.advanceSeconds(8);
            hold.tick();
            assertThat(hold.timerStatusProperty().get()).matches("Hold and breathe, \\d+ seconds left, set 1 of 2");
            assertThat(hold.timerStatusProperty().get()).isNotEqualTo(hold.countdownProperty().get());
        }
    }

    @Test
    void closingEndsTheSessionAndLogsNothingUnrated() {
        try (Journal journal = open()) {
            PlayerViewModel model = model(journal, "cat-cow", "childs-pose");
            boolean[] closed = {false};
            model.setOnClosed(() -> closed[0] = true);
            model.close();
            assertThat(closed[0]).isTrue();
            assertThat(model.stageProperty().get()).isEqualTo(ExercisePlayer.Stage.FINISHED);
            assertThat(model.timerRunningProperty().get()).isFalse();
            assertThat(journal.exerciseLog()).isEmpty();
        }
    }

    @Test
    void aRatingIsLoggedOnlyOnceChosen() {
        try (Journal journal = open()) {
            PlayerViewModel model = model(journal, "pelvic-tilts");
            clock.advanceSeconds(600);
            model.tick();
            model.logRating();
            assertThat(journal.exerciseLog()).isEmpty();
            model.painRatingProperty().set(0);
            model.logRating();
            assertThat(journal.exerciseLog()).singleElement()
                    .satisfies(e -> assertThat(e.reps()).isEqualTo(10))
                    .satisfies(e -> assertThat(e.painDuring()).isZero());
            assertThat(model.summaryProperty().get()).isEqualTo("One exercise logged. Well done.");
        }
    }

    private Journal open() {
        return Journal.open(dir.resolve("j.db"), JournalFixtures.validator(), clock);
    }

    private PlayerViewModel model(Journal journal, String... ids) {
        List<PlannedExercise> planned = java.util.Arrays.stream(ids)
                .map(id -> PlannedExercise.asPrescribed(BUNDLE.exercise(id).orElseThrow())).toList();
        return new PlayerViewModel(planned, new Coach(BUNDLE), journal, Async.direct(), UiTestSupport.english(), clock,
                sounds::add, new SimpleBooleanProperty(false));
    }
}
