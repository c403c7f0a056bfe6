package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.backcoach.cli.CliRunner;
import org.backcoach.journal.FileDamage;
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

/** A journal damaged between two runs: the window opens on the restored backup and says exactly what happened. */
@ExtendWith(ApplicationExtension.class)
class RecoveryNoticeUiTest {

    @TempDir
    static Path root;
    private Session session;

    @Start
    void start(Stage stage) throws Exception {
        Path dataDir = Files.createDirectories(root.resolve("d" + System.nanoTime()));
        CliRunner cli = new CliRunner(dataDir);
        cli.run("checkin", "--date", TODAY.minusDays(2).toString(), "--pain", "6", "--note", "kept by the backup");
        cli.run("backup");
        cli.run("checkin", "--date", TODAY.minusDays(1).toString(), "--pain", "4");
        FileDamage.overwrite(dataDir.resolve("journal.db"), 0, 4096);

        session = Session.open(new DataFolder(dataDir), Optional.empty(), JournalFixtures.CLOCK, "en");
        session.journal();
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
    void thePersonIsToldWhatHappenedAndWhatWasKept(FxRobot robot) {
        Label notice = robot.lookup("#notice").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).contains("Your journal was damaged").contains("restored your newest backup, from")
                .contains("Check-ins saved after that backup are missing");
        robot.clickOn("#notice-details-toggle");
        assertThat(robot.lookup(".notice-details").queryAs(Label.class).getText())
                .contains("was renamed to journal.db.damaged-").contains("it was not deleted")
                .contains("replaced by the backup journal-").contains("now holds 1 check-ins");
        assertThat(robot.lookup("#today-last").queryAs(Label.class).getText()).contains("pain 6/10");
    }
}
