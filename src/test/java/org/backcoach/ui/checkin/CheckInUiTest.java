package org.backcoach.ui.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;
import static org.backcoach.ui.common.UiTestSupport.clickOn;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backcoach.content.BundleFixtures;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.SeekCareCard;
import org.backcoach.ui.common.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Fills in the check-in form as a person would, saves it, and reads it back from the store. */
@ExtendWith(ApplicationExtension.class)
class CheckInUiTest {

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
    void fillSaveAndReadBack(FxRobot robot) {
        clickOn(robot, "#pain-now-6");
        clickOn(robot, "#pain-worst-8");
        clickOn(robot, "#checkin-spasms").write("3");
        clickOn(robot, "#area-lower-back");
        clickOn(robot, "#area-thighs");
        clickOn(robot, "#checkin-walk").write("20");
        clickOn(robot, "#checkin-sitting").write("90");
        clickOn(robot, "#checkin-breaks").write("5");
        clickOn(robot, "#factor-walking");
        clickOn(robot, "#factor-long-sitting");
        clickOn(robot, "#milestone-stood-straight");
        clickOn(robot, "#stress-4");
        clickOn(robot, "#sleep-6");
        clickOn(robot, "#checkin-note").write("Stiff in the morning; better after a walk.");
        clickOn(robot, "#checkin-save");

        assertThat(journal.find(TODAY)).contains(JournalFixtures.full(TODAY));
        assertThat(robot.lookup("#checkin-status").queryAs(Label.class).getText()).startsWith("Saved the check-in");
    }

    @Test
    void keyboardOnlyCheckIn(FxRobot robot) {
        robot.interact(() -> robot.lookup("#pain-now-0").query().requestFocus());
        robot.type(KeyCode.DIGIT3);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        assertThat(journal.find(TODAY).map(CheckIn::painNow)).contains(3);
    }

    @Test
    void missingPainIsShownInlineAndNothingIsStored(FxRobot robot) {
        clickOn(robot, "#checkin-save");
        assertThat(journal.all()).isEmpty();
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("how much it hurts now"));
    }

    @Test
    void aRedFlagShowsTheSeekCareCardAndIsStored(FxRobot robot) {
        SeekCareCard card = robot.lookup(".seek-care-card").queryAs(SeekCareCard.class);
        assertThat(card.isVisible()).isFalse();
        clickOn(robot, "#pain-now-5");
        clickOn(robot, "#redflag-fever-chills");
        assertThat(card.isVisible()).isTrue();
        assertThat(card.getAccessibleText()).contains("Please get medical help now").contains("fever");
        clickOn(robot, "#checkin-save");
        assertThat(journal.find(TODAY).orElseThrow().redFlags()).containsExactly("fever-chills");
    }
}
