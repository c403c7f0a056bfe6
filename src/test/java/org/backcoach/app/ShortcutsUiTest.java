package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.backcoach.settings.Appearance;
import org.backcoach.settings.SettingsStore;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.shell.Flow;
import org.backcoach.ui.shell.Modal;
import org.backcoach.ui.shell.Page;
import org.backcoach.ui.shell.ShortcutList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The documented shortcuts, pressed in the whole window: F1, text size, Ctrl+Enter, and the list itself. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsUiTest {

    @RegisterExtension
    final WholeWindow window = new WholeWindow();
    private ScreenTour tour;

    private void open() throws Exception {
        tour = window.open(Appearance.defaults());
        StartFocus.given(tour.context().mainViewModel());
    }

    @Test
    void f1ListsEveryShortcutTheWindowHasAndEscapeClosesIt(FxRobot robot) throws Exception {
        open();
        robot.interact(() -> tour.context().mainViewModel().open(Page.CHECK_IN)); // registers Ctrl+S too
        robot.type(KeyCode.F1);
        assertThat(tour.context().mainViewModel().modalProperty().get()).isEqualTo(Modal.SHORTCUTS);
        StartFocus.given(tour.context().mainViewModel());
        assertThat(robot.lookup("#shortcuts-close").query().isFocused()).isTrue();
        Set<KeyCombination> documented = new HashSet<>();
        ShortcutList.of(new Messages(Locale.ENGLISH)).forEach(g -> g.entries().forEach(e -> documented.addAll(e.combinations())));
        Set<KeyCombination> registered = OnFx.call(() -> new HashSet<>(tour.scene().getAccelerators().keySet()));
        assertThat(documented).as("every shortcut of the window is in the F1 list").containsAll(registered);
        assertThat(robot.lookup(".shortcut-key").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText)
                .contains("Ctrl+1", "Ctrl+2", "Ctrl+P", "Ctrl+N", "Ctrl+Enter", "Ctrl+Plus", "Ctrl+Minus", "Ctrl+0", "F1",
                        "0 to 9", "Ctrl+S", "Space");
        robot.type(KeyCode.ESCAPE);
        assertThat(tour.context().mainViewModel().modalProperty().get()).isNull();
    }

    @Test
    void ctrlPlusMinusAndZeroChangeTheTextSizeEverywhereAndItIsRemembered(FxRobot robot) throws Exception {
        open();
        shortcut(robot, KeyCode.EQUALS);
        shortcut(robot, KeyCode.EQUALS);
        assertThat(tour.scene().getRoot().getStyle()).isEqualTo("-fx-font-size: 18.0px;");
        SettingsStore store = tour.session().settingsStore();
        assertThat(store.load().appearance().textSizePercent()).isEqualTo(120);
        shortcut(robot, KeyCode.MINUS);
        assertThat(store.load().appearance().textSizePercent()).isEqualTo(110);
        shortcut(robot, KeyCode.DIGIT0);
        assertThat(tour.scene().getRoot().getStyle()).isEqualTo("-fx-font-size: 15.0px;");
        assertThat(store.load().appearance().textSizePercent()).isEqualTo(100);
        for (int i = 0; i < 15; i++) {
            shortcut(robot, KeyCode.ADD);
        }
        assertThat(tour.scene().getRoot().getStyle()).as("stops at 200%%").isEqualTo("-fx-font-size: 30.0px;");
    }

    @Test
    void ctrlEnterStartsTodaysExercisesThenPausesAndResumesThePlayer(FxRobot robot) throws Exception {
        open();
        shortcut(robot, KeyCode.ENTER);
        assertThat(tour.context().mainViewModel().flowProperty().get()).isEqualTo(Flow.PLAYER);
        assertThat(text(robot, "#player-pause")).isEqualTo("Pause");
        shortcut(robot, KeyCode.ENTER);
        assertThat(text(robot, "#player-pause")).isEqualTo("Resume");
        assertThat(OnFx.call(() -> tour.find("#player-countdown").getAccessibleText())).startsWith("Paused, 5 seconds left");
        shortcut(robot, KeyCode.ENTER);
        assertThat(text(robot, "#player-pause")).isEqualTo("Pause");
    }

    private String text(FxRobot robot, String query) {
        return OnFx.call(() -> ((javafx.scene.control.Labeled) tour.find(query)).getText());
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

}
