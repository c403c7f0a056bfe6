package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.session.Session;
import org.backcoach.settings.DataFolder;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Print screen as the app wires it: Ctrl+P opens it, and it follows the saved paper setting. */
@ExtendWith(ApplicationExtension.class)
class PrintScreenWiringUiTest {

    @TempDir
    static Path root;
    private Session session;

    @Start
    void start(Stage stage) throws Exception {
        Path dataDir = Files.createDirectories(root.resolve("d" + System.nanoTime()));
        Files.writeString(dataDir.resolve("settings.json"), "{\"paperSize\": \"letter\"}");
        session = Session.open(new DataFolder(dataDir), Optional.empty(), JournalFixtures.CLOCK, "en");
        AppContext context = new AppContext(session, Async.direct(), UiTestSupport.english(), JournalFixtures.CLOCK,
                DesktopServices.none());
        stage.setScene(new Scene(context.mainView(), 1200, 900));
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void ctrlPOpensThePrintScreenWithTheSavedPaper(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#nav-print").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#print-save").tryQuery()).isPresent();
        assertThat(robot.lookup("#print-paper-letter").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#print-kind-sheet").queryAs(RadioButton.class).isSelected()).isTrue();
    }
}
