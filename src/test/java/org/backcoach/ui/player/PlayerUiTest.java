package org.backcoach.ui.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;
import static org.backcoach.ui.common.UiTestSupport.clickOn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backcoach.coach.Coach;
import org.backcoach.coach.ExercisePlayer;
import org.backcoach.coach.MutableClock;
import org.backcoach.coach.PlannedExercise;
import org.backcoach.content.Bundle;
import org.backcoach.content.BundleFixtures;
import org.backcoach.journal.ExerciseLogEntry;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Chime;
import org.backcoach.ui.common.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A whole exercise as a person does it: get ready, hold, rate the pain, logged. Time is a test
 * clock moved by the test; the view's own timeline is never waited for.
 */
@ExtendWith(ApplicationExtension.class)
class PlayerUiTest {

    private static final Bundle BUNDLE = BundleFixtures.builtIn();

    @TempDir
    static Path dir;
    private Journal journal;
    private PlayerViewModel model;
    private PlayerView view;
    private final MutableClock clock = new MutableClock(TODAY.atTime(10, 0));
    private final List<Chime.Tone> sounds = new ArrayList<>();
    private boolean closed;

    @Start
    void start(Stage stage) {
        journal = Journal.open(dir.resolve("t" + System.nanoTime() + ".db"), JournalFixtures.validator(), clock);
        model = new PlayerViewModel(List.of(planned("childs-pose", 1), planned("cat-cow", 1)), new Coach(BUNDLE), journal,
                Async.direct(), UiTestSupport.english(), clock, sounds::add, new SimpleBooleanProperty(false));
        model.setOnClosed(() -> closed = true);
        view = new PlayerView(model, UiTestSupport.english());
        stage.setScene(new Scene(view, 1100, 900));
        stage.show();
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void aCompleteExerciseGetReadyHoldRatePainLogged(FxRobot robot) {
        assertThat(text(robot, "#player-title")).isEqualTo("Child's pose");
        assertThat(text(robot, "#player-stage")).isEqualTo("Get ready");
        assertThat(text(robot, "#player-countdown")).isEqualTo("5");
        assertThat(text(robot, "#player-dose")).isEqualTo("Today: hold 20–30 s");
        assertThat(robot.lookup("#figure-start").tryQuery()).isPresent();
        assertThat(robot.lookup("#figure-end").tryQuery()).isPresent();
        assertThat(view.ticking()).isTrue();

        advance(robot, 5);
        assertThat(text(robot, "#player-stage")).isEqualTo("Hold and breathe");
        assertThat(text(robot, "#player-countdown")).isEqualTo("20");
        advance(robot, 12);
        assertThat(text(robot, "#player-countdown")).isEqualTo("8");
        advance(robot, 8);
        assertThat(text(robot, "#player-stage")).isEqualTo("How did that feel?");
        assertThat(view.ticking()).as("no timer runs while waiting for the rating").isFalse();
        assertThat(sounds).containsExactly(Chime.Tone.GO, Chime.Tone.REST, Chime.Tone.DONE);

        clickOn(robot, "#player-pain-2");
        clickOn(robot, "#player-log");
        assertThat(journal.exerciseLog(TODAY, TODAY)).containsExactly(
                new ExerciseLogEntry("childs-pose", TODAY.atTime(10, 0, 25), 1, null, 20, 2));
        assertThat(text(robot, "#player-message")).isEqualTo("Logged: Child's pose, pain 2/10.");
        assertThat(text(robot, "#player-title")).isEqualTo("Cat-cow");
        assertThat(model.stageProperty().get()).isEqualTo(ExercisePlayer.Stage.GET_READY);
    }

    @Test
    void keyboardOnly(FxRobot robot) {
        robot.type(KeyCode.RIGHT);
        assertThat(text(robot, "#player-stage")).isEqualTo("Hold and breathe");
        advance(robot, 3);
        robot.type(KeyCode.SPACE);
        assertThat(text(robot, "#player-stage")).startsWith("Paused");
        assertThat(view.ticking()).isFalse();
        advance(robot, 60);
        assertThat(text(robot, "#player-countdown")).isEqualTo("17");
        robot.type(KeyCode.SPACE);
        assertThat(view.ticking()).isTrue();
        robot.type(KeyCode.LEFT);
        assertThat(text(robot, "#player-countdown")).as("Left restarts the hold").isEqualTo("20");
        robot.type(KeyCode.RIGHT);
        assertThat(text(robot, "#player-stage")).isEqualTo("How did that feel?");
        assertThat(robot.lookup("#player-pain-0").query().isFocused()).as("the rating takes the focus").isTrue();
        robot.type(KeyCode.DIGIT1);
        assertThat(model.painRatingProperty().get()).isEqualTo(1);
        robot.type(KeyCode.ENTER);
        assertThat(journal.exerciseLog(TODAY, TODAY)).extracting(ExerciseLogEntry::painDuring).containsExactly(1);
        assertThat(text(robot, "#player-title")).isEqualTo("Cat-cow");
    }

    @Test
    void aPainfulExerciseGetsAKindWordAndCanEndTheSession(FxRobot robot) {
        advance(robot, 60);
        clickOn(robot, "#player-pain-6");
        clickOn(robot, "#player-log");
        assertThat(text(robot, "#player-message")).contains("6/10 is more than this exercise should hurt")
                .contains("tomorrow’s plan takes a step back");
        assertThat(model.stageProperty().get()).isEqualTo(ExercisePlayer.Stage.TAKE_CARE);
        clickOn(robot, "#player-finish");
        assertThat(text(robot, "#player-summary")).isEqualTo("One exercise logged. Well done.");
        clickOn(robot, "#player-close");
        assertThat(closed).isTrue();
        assertThat(journal.exerciseLog(TODAY, TODAY)).extracting(ExerciseLogEntry::painDuring).containsExactly(6);
    }

    @Test
    void muteSilencesTheCues(FxRobot robot) {
        clickOn(robot, "#player-mute");
        advance(robot, 60);
        assertThat(sounds).isEmpty();
        assertThat(model.mutedProperty().get()).isTrue();
    }

    @Test
    void skipAndStopLogNothing(FxRobot robot) {
        clickOn(robot, "#player-skip");
        assertThat(text(robot, "#player-title")).isEqualTo("Cat-cow");
        clickOn(robot, "#player-stop");
        assertThat(text(robot, "#player-summary")).startsWith("Nothing was logged");
        assertThat(journal.exerciseLog(TODAY, TODAY)).isEmpty();
    }

    private void advance(FxRobot robot, double seconds) {
        robot.interact(() -> {
            clock.advanceSeconds(seconds);
            model.tick();
        });
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static PlannedExercise planned(String id, int sets) {
        return new PlannedExercise(BUNDLE.exercise(id).orElseThrow(), sets);
    }
}
