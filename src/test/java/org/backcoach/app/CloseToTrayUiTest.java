package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.event.EventUtil;
import java.util.ArrayList;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.backcoach.ui.common.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Closing the window while reminders are on offers the tray, where there is one. */
@ExtendWith(ApplicationExtension.class)
class CloseToTrayUiTest {

    private final FakeTray tray = new FakeTray();
    private boolean remindersOn = true;
    private int quits;
    private int saves;
    private Stage stage;
    private CloseToTray closeToTray;

    @Start
    void start(Stage primary) {
        // A fresh window per test: handlers added to the shared primary stage would pile up.
        this.stage = new Stage();
        stage.setScene(new Scene(new StackPane(), 500, 400));
        closeToTray = new CloseToTray(stage, () -> tray, UiTestSupport.english(), Runnable::run, () -> remindersOn,
                () -> saves++, () -> quits++);
        stage.show();
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        Platform.setImplicitExit(false);
        robot.interact(() -> new ArrayList<>(Window.getWindows()).forEach(Window::hide));
    }

    /** What the platform does when the person clicks the window's close button. */
    private void close(FxRobot robot) {
        robot.interact(() -> {
            if (EventUtil.fireEvent(stage, new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)) != null) {
                stage.hide();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void keepRunningHidesTheWindowIntoTheTrayAndTheTrayBringsItBack(FxRobot robot) {
        close(robot);
        assertThat(stage.isShowing()).as("asking first").isTrue();
        robot.clickOn("#tray-keep");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isFalse();
        assertThat(tray.shown).isEqualTo(1);
        assertThat(saves).as("the window's place is saved before it hides").isEqualTo(1);
        assertThat(Platform.isImplicitExit()).as("the app keeps running without a window").isFalse();
        assertThat(quits).isZero();
        robot.interact(tray.onOpen);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        assertThat(tray.removed).isEqualTo(1);
    }

    @Test
    void quitFromTheQuestionOrFromTheTrayMenuQuits(FxRobot robot) {
        close(robot);
        robot.clickOn("#tray-quit");
        assertThat(quits).isEqualTo(1);
        close(robot);
        robot.clickOn("#tray-keep");
        robot.interact(tray.onQuit);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quits).isEqualTo(2);
    }

    @Test
    void cancelKeepsTheWindowOpen(FxRobot robot) {
        close(robot);
        robot.clickOn("#tray-cancel");
        assertThat(stage.isShowing()).isTrue();
        assertThat(quits).isZero();
        assertThat(tray.shown).isZero();
    }

    @Test
    void withoutATrayClosingQuitsWithoutAsking(FxRobot robot) {
        tray.supported = false;
        close(robot);
        assertThat(robot.lookup("#tray-keep").tryQuery()).isEmpty();
        assertThat(quits).isEqualTo(1);
    }

    @Test
    void withRemindersOffTheWindowSimplyCloses(FxRobot robot) {
        remindersOn = false;
        close(robot);
        assertThat(stage.isShowing()).isFalse();
        assertThat(tray.shown).isZero();
        assertThat(quits).as("JavaFX ends the app itself when its last window closes").isZero();
    }

    private static final class FakeTray implements TrayHost {
        boolean supported = true;
        int shown;
        int removed;
        Runnable onOpen;
        Runnable onQuit;

        @Override
        public boolean supported() {
            return supported;
        }

        @Override
        public void show(String tooltip, String openLabel, String quitLabel, Runnable onOpen, Runnable onQuit) {
            shown++;
            this.onOpen = onOpen;
            this.onQuit = onQuit;
        }

        @Override
        public void remove() {
            removed++;
        }
    }
}
