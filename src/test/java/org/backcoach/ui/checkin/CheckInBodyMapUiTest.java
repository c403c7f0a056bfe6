package org.backcoach.ui.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;
import static org.backcoach.ui.common.UiTestSupport.clickOn;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.backcoach.content.BundleFixtures;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The body map as the check-in's pain-area picker, and the questions below-the-knee pain brings. */
@ExtendWith(ApplicationExtension.class)
class CheckInBodyMapUiTest {

    @TempDir
    static Path dir;
    private Journal journal;

    @Start
    void start(Stage stage) {
        journal = JournalFixtures.open(dir.resolve("t" + System.nanoTime()));
        CheckInViewModel model = new CheckInViewModel(journal, BundleFixtures.builtIn(), Async.direct(),
                UiTestSupport.english(), JournalFixtures.CLOCK);
        model.load(TODAY);
        stage.setScene(new Scene(new CheckInView(model, UiTestSupport.english()), 1100, 900));
        stage.show();
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void belowTheKneeBringsItsRedFlagQuestionsAndTheAnswerIsStored(FxRobot robot) {
        Node questions = robot.lookup("#checkin-area-redflags").query();
        assertThat(questions.isVisible()).isFalse();
        clickOn(robot, "#area-below-knee-front");
        assertThat(questions.isVisible()).isTrue();
        assertThat(robot.lookup("#area-redflag-pain-below-knee").tryQuery()).isPresent();
        assertThat(robot.lookup("#area-redflag-leg-numbness-weakness").tryQuery()).isPresent();
        clickOn(robot, "#area-redflag-leg-numbness-weakness");
        assertThat(robot.lookup("#redflag-leg-numbness-weakness").queryAs(javafx.scene.control.CheckBox.class)
                .isSelected()).as("the same answer as in the red-flag section").isTrue();
        clickOn(robot, "#pain-now-4");
        clickOn(robot, "#checkin-save");
        var saved = journal.find(TODAY).orElseThrow();
        assertThat(saved.areas()).containsExactly("below-knee");
        assertThat(saved.redFlags()).containsExactly("leg-numbness-weakness");
        clickOn(robot, "#area-below-knee");
        assertThat(questions.isVisible()).isFalse();
    }

    @Test
    void areasArePickedFromTheKeyboard(FxRobot robot) {
        robot.interact(() -> robot.lookup("#area-neck").query().requestFocus());
        robot.type(javafx.scene.input.KeyCode.SPACE);
        robot.type(javafx.scene.input.KeyCode.TAB, 2);
        robot.type(javafx.scene.input.KeyCode.SPACE);
        robot.interact(() -> robot.lookup("#pain-now-0").query().requestFocus());
        robot.type(javafx.scene.input.KeyCode.DIGIT2);
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.S)
                .release(javafx.scene.input.KeyCode.CONTROL);
        assertThat(journal.find(TODAY).orElseThrow().areas()).containsExactly("neck", "upper-back");
    }
}
