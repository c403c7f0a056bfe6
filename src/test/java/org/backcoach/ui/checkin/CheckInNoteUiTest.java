package org.backcoach.ui.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;
import static org.backcoach.ui.common.UiTestSupport.clickOn;

import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
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

/**
 * A note with SQL metacharacters, emoji and right-to-left text, typed and pasted into the form,
 * is stored exactly and shown exactly when the form opens the day again; control codes never
 * reach the journal.
 */
@ExtendWith(ApplicationExtension.class)
class CheckInNoteUiTest {

    static final String TYPED = "Robert'); DROP TABLE checkin;-- \"quoted\", 100% \\ ";
    static final String PASTED = "😖 then 👍🏽 — כאב בגב התחתון, ألم \u200Fok\nsecond line\tand a tab 👨‍👩‍👧";

    @TempDir
    static Path dir;
    private Path folder;
    private Journal journal;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        folder = dir.resolve("t" + System.nanoTime());
        journal = JournalFixtures.open(folder);
        show();
    }

    private void show() {
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
    void aNoteIsStoredAndShownAgainExactly(FxRobot robot) {
        clickOn(robot, "#pain-now-4");
        clickOn(robot, "#checkin-note").write(TYPED);
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, PASTED)));
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        assertThat(note(robot)).as("what the form holds before saving").isEqualTo(TYPED + PASTED);
        clickOn(robot, "#checkin-save");
        assertThat(journal.find(TODAY).orElseThrow().note()).isEqualTo(TYPED + PASTED);

        journal.close();
        journal = JournalFixtures.open(folder);
        robot.interact(this::show);
        assertThat(note(robot)).as("the form opened again on the day").isEqualTo(TYPED + PASTED);
    }

    @Test
    void aControlCharacterPastedIntoTheFormNeverReachesTheJournal(FxRobot robot) {
        clickOn(robot, "#pain-now-4");
        clickOn(robot, "#checkin-note");
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, "bell \u0007 esc \u001B[2J here")));
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        clickOn(robot, "#checkin-save");
        // The text field drops control codes as they arrive; the journal's rules would refuse them anyway.
        assertThat(journal.find(TODAY).orElseThrow().note()).isEqualTo("bell  esc [2J here");
    }

    private static String note(FxRobot robot) {
        return robot.lookup("#checkin-note").queryAs(TextArea.class).getText();
    }
}
