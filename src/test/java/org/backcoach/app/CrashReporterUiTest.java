package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.backcoach.ui.common.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An error nobody expected ends in the log and in a calm dialog that can open the log folder. */
@ExtendWith(ApplicationExtension.class)
class CrashReporterUiTest {

    private static final Path LOGS = Path.of("/data/backcoach/logs");

    private final List<Path> opened = new ArrayList<>();
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private int quits;
    private Stage stage;
    private Thread.UncaughtExceptionHandler previous;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 500, 400));
        stage.show();
    }

    @BeforeEach
    void listen() {
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Logger.getLogger(CrashReporter.class.getName()).addHandler(capture);
    }

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(previous);
        Logger.getLogger(CrashReporter.class.getName()).removeHandler(capture);
    }

    private CrashReporter installed(FxRobot robot) {
        CrashReporter reporter = new CrashReporter(LOGS, UiTestSupport.english(), opened::add, () -> quits++);
        robot.interact(() -> reporter.install(stage));
        return reporter;
    }

    @Test
    void anErrorOnTheFxThreadIsLoggedAndOffersTheLogFolder(FxRobot robot) {
        installed(robot);
        Platform.runLater(() -> {
            throw new IllegalStateException("boom in a click handler");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(logged).anySatisfy(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(record.getThrown()).hasMessage("boom in a click handler");
        });
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains(LOGS.toString()).contains("saved check-ins are safe");
        robot.clickOn("#crash-open-logs");
        assertThat(opened).containsExactly(LOGS);
        assertThat(robot.lookup("#crash-open-logs").tryQuery()).as("the dialog stays open").isPresent();
        robot.clickOn("#crash-quit");
        assertThat(quits).isEqualTo(1);
    }

    @Test
    void anErrorOnABackgroundThreadShowsOneDialogAndKeepWorkingCloses(FxRobot robot) throws Exception {
        installed(robot);
        for (int i = 0; i < 2; i++) {
            Thread worker = new Thread(() -> {
                throw new IllegalArgumentException("background failure");
            }, "worker-" + i);
            worker.start();
            worker.join();
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#crash-continue").queryAll()).as("one dialog at a time").hasSize(1);
        robot.clickOn("#crash-continue");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#crash-continue").tryQuery().map(Node::isVisible)).isEmpty();
        assertThat(quits).isZero();
        assertThat(logged).hasSize(2);
    }
}
