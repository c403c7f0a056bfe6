package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.scene.control.Control;
import javafx.scene.paint.Color;
import org.backcoach.settings.Appearance;
import org.backcoach.settings.ThemeChoice;
import org.backcoach.ui.common.ThemeContrastTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keyboard alone, on every screen, flow and modal: Tab goes round every enabled control (and
 * nothing hidden), each shows the theme's focus ring when it has the focus, and each does its
 * job from the keyboard (see {@link KeyboardWalk}).
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardWalkUiTest {

    @RegisterExtension
    final WholeWindow window = new WholeWindow();

    @Test
    void tabReachesEveryControlOnEveryScreenAndEachWorksFromTheKeyboard() throws Exception {
        ScreenTour tour = window.open(Appearance.defaults());
        KeyboardWalk walk = new KeyboardWalk(tour.scene(), focusColour(ThemeChoice.LIGHT));
        Set<Control> worked = Collections.newSetFromMap(new IdentityHashMap<>());
        List<String> problems = tour.visitEach(stop -> {
            List<Control> stops = walk.stops();
            assertThat(stops).as("controls on %s", stop).isNotEmpty();
            List<String> found = new ArrayList<>(walk.tabRound(stops));
            for (Control control : stops) {
                // The navigation and cached screens come back on later stops: work each control once.
                if (worked.add(control)) {
                    String problem = walk.activate(control);
                    if (problem != null) {
                        found.add(SceneWalk.describe(control) + ": " + problem);
                    }
                }
            }
            return found;
        });
        assertThat(problems).as("what a keyboard-only person could not do").isEmpty();
        assertThat(worked).as("controls worked from the keyboard").hasSizeGreaterThan(150);
    }

    @ParameterizedTest
    @EnumSource(value = ThemeChoice.class, names = {"DARK", "HIGH_CONTRAST"})
    void theFocusRingShowsInTheOtherThemesToo(ThemeChoice theme) throws Exception {
        ScreenTour tour = window.open(new Appearance(theme, 100));
        KeyboardWalk walk = new KeyboardWalk(tour.scene(), focusColour(theme));
        List<String> problems = tour.visitEach(stop ->
                Set.of("check-in", "settings").contains(stop.name()) ? walk.tabRound(walk.stops()) : List.of());
        assertThat(problems).isEmpty();
    }

    /** The walk can fail: a control that never shows a ring, and Tab landing on something unexpected. */
    @Test
    void aMissingFocusRingAndAStrayTabStopAreReported(FxRobot robot) {
        javafx.scene.control.Button first = new javafx.scene.control.Button("First");
        javafx.scene.control.Button second = new javafx.scene.control.Button("Second");
        javafx.scene.control.Button stray = new javafx.scene.control.Button("Stray");
        javafx.scene.Scene scene = OnFx.call(() -> {
            javafx.scene.Scene s = new javafx.scene.Scene(new javafx.scene.layout.VBox(first, second, stray), 300, 200);
            org.backcoach.ui.common.SceneAppearance.apply(s, Appearance.defaults());
            window.stage().setScene(s);
            window.stage().show();
            return s;
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> wrongColour = new KeyboardWalk(scene, Color.MAGENTA).tabRound(List.of(first, second, stray));
        assertThat(wrongColour).anyMatch(p -> p.startsWith("no focus ring on Button \"First\""))
                .anyMatch(p -> p.startsWith("no focus ring on Button \"Second\""));
        List<String> stopsLeftOut = new KeyboardWalk(scene, Color.web("#0550ae")).tabRound(List.of(first, second));
        assertThat(stopsLeftOut).singleElement().asString().startsWith("Tab went to Button \"Stray\"");
    }

    private static Color focusColour(ThemeChoice theme) throws Exception {
        return Color.web(ThemeContrastTest.tokens(theme.id()).get("-bc-focus"));
    }
}
