package org.backcoach.ui.today;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backcoach.coach.PlannedExercise;
import org.backcoach.content.BundleFixtures;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.journal.SafetyReview;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Today screen from the keyboard: start the plan, and lift a red-flag stop. */
@ExtendWith(ApplicationExtension.class)
class TodayUiTest {

    @TempDir
    static Path dir;
    private Journal journal;
    private TodayViewModel model;
    private final List<List<PlannedExercise>> started = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        journal = JournalFixtures.open(dir.resolve("t" + System.nanoTime()));
        journal.recordSafetyReview(SafetyReview.screening(TODAY.atTime(8, 0), Set.of()));
        journal.save(CheckIn.on(TODAY.minusDays(1), 5).redFlags(Set.of("night-pain")).build());
        model = new TodayViewModel(journal, BundleFixtures.builtIn(), Async.direct(), UiTestSupport.english(),
                JournalFixtures.CLOCK);
        model.setOnPlayerRequested(started::add);
        model.refresh();
        stage.setScene(new Scene(new TodayView(model, UiTestSupport.english()), 1100, 900));
        stage.show();
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void theStopIsLiftedAndThePlanStartedWithTheKeyboardAlone(FxRobot robot) {
        assertThat(((Label) robot.lookup("#today-reason").query()).getText()).startsWith("Exercises are on hold");
        assertThat(robot.lookup("#today-seek-care").query().getAccessibleText()).contains("wake you from sleep");
        tabTo(robot, "#today-sought-care");
        robot.type(KeyCode.SPACE);
        assertThat(model.redFlagStopProperty().get()).isFalse();
        tabTo(robot, "#today-start");
        robot.type(KeyCode.SPACE);
        assertThat(started).hasSize(1);
        tabTo(robot, "#today-micro");
        robot.type(KeyCode.SPACE);
        assertThat(started).hasSize(2);
        assertThat(started.get(1)).hasSizeLessThanOrEqualTo(started.get(0).size());
    }

    /** Presses Tab until {@code query} has the focus (at most 40 times), as a keyboard user would. */
    private static void tabTo(FxRobot robot, String query) {
        Node target = robot.lookup(query).query();
        for (int i = 0; i < 40 && !target.isFocused(); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(target.isFocused()).as("Tab reaches %s", query).isTrue();
    }
}
