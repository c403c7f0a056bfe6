package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;
import static org.backcoach.ui.common.UiTestSupport.clickOn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backcoach.cli.CliRunner;
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

/** The whole window wired as the app wires it, sharing a data folder with the command line. */
@ExtendWith(ApplicationExtension.class)
class DesktopUiTest {

    @TempDir
    static Path root;
    private Path dataDir;
    private Session session;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dataDir = Files.createDirectories(root.resolve("d" + System.nanoTime()));
        new CliRunner(dataDir).run("checkin", "--date", TODAY.minusDays(1).toString(), "--pain", "4",
                "--walk-min", "10", "--note", "from the terminal");
        show(Optional.empty());
    }

    private void show(Optional<Path> bundle) {
        if (session != null) {
            session.close();
        }
        session = Session.open(new DataFolder(dataDir), bundle, JournalFixtures.CLOCK, "en");
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
    void aCheckInFromTheCommandLineAppearsInTheWindow(FxRobot robot) {
        assertThat(text(robot, "#today-last")).contains("pain 4/10").contains("walked 10 min");
        assertThat(text(robot, "#today-checkin-status")).contains("Not done yet");
        shortcut(robot, KeyCode.DIGIT3);
        assertThat(text(robot, "#progress-course")).startsWith("Day 2 of this episode");
        TableView<?> table = robot.lookup("#history-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
    }

    @Test
    void aCheckInSavedInTheWindowAppearsInTheCommandLineList(FxRobot robot) {
        clickOn(robot, "#today-checkin");
        clickOn(robot, "#pain-now-7");
        clickOn(robot, "#factor-heat");
        clickOn(robot, "#checkin-save");
        CliRunner.Result list = new CliRunner(dataDir).run("list");
        assertThat(list.out()).contains(TODAY + "     7").contains("heat");
        shortcut(robot, KeyCode.DIGIT1);
        assertThat(text(robot, "#today-checkin-status")).contains("Done");
    }

    @Test
    void everyScreenOpensFromTheKeyboard(FxRobot robot) {
        shortcut(robot, KeyCode.DIGIT2);
        assertThat(robot.lookup("#checkin-save").tryQuery()).isPresent();
        shortcut(robot, KeyCode.DIGIT4);
        assertThat(text(robot, "#exercise-title")).isNotBlank();
        robot.clickOn("#exercise-list").type(KeyCode.DOWN);
        assertThat(text(robot, "#exercise-title")).isNotBlank();
        shortcut(robot, KeyCode.DIGIT5);
        assertThat(robot.lookup("#step-keep-moving").tryQuery()).isPresent();
        shortcut(robot, KeyCode.DIGIT6);
        assertThat(text(robot, "#settings-content")).contains("built-in");
        // Alt+mnemonic works as well as Ctrl+digit.
        robot.press(KeyCode.ALT).type(KeyCode.T).release(KeyCode.ALT);
        assertThat(text(robot, "#today-checkin-status")).isNotBlank();
    }

    @Test
    void aBrokenBundleFallsBackAndSaysSoInTheWindow(FxRobot robot) throws Exception {
        Path broken = Files.writeString(dataDir.resolve("broken.json"), "{\"schemaVersion\": 1,");
        robot.interact(() -> show(Optional.of(broken)));
        Node notice = robot.lookup("#notice").query();
        assertThat(notice.isVisible()).isTrue();
        assertThat(((Label) notice).getText()).contains("built-in guidance");
        robot.clickOn("#notice-details-toggle");
        assertThat(robot.lookup(".notice-details").queryAs(Label.class).getText()).contains("broken.json:1:");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }
}
