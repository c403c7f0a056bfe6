package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.backcoach.journal.CheckIn;
import org.backcoach.settings.Appearance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The check-in from the keyboard alone, in the whole window: Ctrl+2 lands on "pain now", a digit
 * picks the score, Tab goes on, Ctrl+S saves. Every key is counted: at about a second a key, a
 * full check-in stays well under a minute, and the pain scores alone take four keys.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardCheckInUiTest {

    @RegisterExtension
    final WholeWindow window = new WholeWindow();
    private ScreenTour tour;
    private int keys;

    private void open() throws Exception {
        tour = window.open(Appearance.defaults());
        StartFocus.given(tour.context().mainViewModel());
    }

    @Test
    void painNowAndWorstTakeFourKeys(FxRobot robot) throws Exception {
        open();
        shortcut(robot, KeyCode.DIGIT2);
        waitForFocus("pain-now-0");
        press(robot, KeyCode.DIGIT6);
        press(robot, KeyCode.TAB);
        press(robot, KeyCode.DIGIT8);
        shortcut(robot, KeyCode.S);
        CheckIn saved = tour.session().journal().find(ScreenTour.TODAY).orElseThrow();
        assertThat(saved.painNow()).isEqualTo(6);
        assertThat(saved.painWorst()).isEqualTo(8);
        assertThat(keys).isEqualTo(5);
    }

    @Test
    void aFullCheckInFromTheKeyboardTakesFewerThanSixtyKeys(FxRobot robot) throws Exception {
        open();
        shortcut(robot, KeyCode.DIGIT2);
        waitForFocus("pain-now-0");
        press(robot, KeyCode.DIGIT6);
        assertThat(focused()).as("the chosen score keeps the focus").isEqualTo("pain-now-6");
        press(robot, KeyCode.TAB);
        press(robot, KeyCode.DIGIT8);
        press(robot, KeyCode.TAB);
        assertThat(focused()).isEqualTo("checkin-spasms");
        press(robot, KeyCode.DIGIT2);
        tabTo(robot, "area-lower-back");
        press(robot, KeyCode.SPACE);
        tabTo(robot, "checkin-walk");
        press(robot, KeyCode.DIGIT2);
        press(robot, KeyCode.DIGIT5);
        press(robot, KeyCode.TAB);
        press(robot, KeyCode.DIGIT4);
        press(robot, KeyCode.DIGIT0);
        press(robot, KeyCode.TAB);
        press(robot, KeyCode.DIGIT3);
        tabTo(robot, "factor-walking");
        press(robot, KeyCode.SPACE);
        tabTo(robot, "stress-0");
        press(robot, KeyCode.DIGIT4);
        press(robot, KeyCode.TAB);
        assertThat(focused()).isEqualTo("sleep-0");
        // The scale's other keys: arrows step, End is 10, Delete clears.
        press(robot, KeyCode.RIGHT);
        press(robot, KeyCode.END);
        assertThat(focused()).isEqualTo("sleep-10");
        press(robot, KeyCode.LEFT);
        press(robot, KeyCode.DELETE);
        press(robot, KeyCode.DIGIT7);
        shortcut(robot, KeyCode.S);

        CheckIn saved = tour.session().journal().find(ScreenTour.TODAY).orElseThrow();
        assertThat(saved.painNow()).isEqualTo(6);
        assertThat(saved.painWorst()).isEqualTo(8);
        assertThat(saved.spasms()).isEqualTo(2);
        assertThat(saved.areas()).containsExactly("lower-back");
        assertThat(saved.walkMinutes()).isEqualTo(25);
        assertThat(saved.sittingMaxMinutes()).isEqualTo(40);
        assertThat(saved.movementBreaks()).isEqualTo(3);
        assertThat(saved.factors()).containsExactly("walking");
        assertThat(saved.stress()).isEqualTo(4);
        assertThat(saved.sleep()).isEqualTo(7);
        assertThat(keys).as("keys pressed for the whole check-in").isLessThan(60);
    }

    /** The window moves the focus once the page is built: wait until it has, then check where it went. */
    private void waitForFocus(String id) throws Exception {
        StartFocus.given(tour.context().mainViewModel());
        assertThat(focused()).as("the form starts at pain now").isEqualTo(id);
    }

    private String focused() {
        WaitForAsyncUtils.waitForFxEvents();
        return OnFx.call(() -> {
            Node owner = tour.scene().getFocusOwner();
            return owner == null ? null : owner.getId();
        });
    }

    /** Presses Tab until {@code id} has the focus, counting every press (at most 40). */
    private void tabTo(FxRobot robot, String id) {
        for (int i = 0; i < 40 && !id.equals(focused()); i++) {
            press(robot, KeyCode.TAB);
        }
        assertThat(focused()).as("Tab reaches #%s", id).isEqualTo(id);
    }

    private void press(FxRobot robot, KeyCode key) {
        robot.type(key);
        keys++;
    }

    private void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        keys++;
    }
}
