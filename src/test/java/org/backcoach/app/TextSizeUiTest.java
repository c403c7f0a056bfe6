package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.backcoach.settings.Appearance;
import org.backcoach.settings.ThemeChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 200% text in a 1280 × 800 window every screen, flow and modal reflows: no label, button or
 * cell shows an ellipsis, and no text is pushed past the window or sideways out of its page.
 */
@ExtendWith(ApplicationExtension.class)
class TextSizeUiTest {

    @RegisterExtension
    final WholeWindow window = new WholeWindow();

    @ParameterizedTest
    @EnumSource(value = ThemeChoice.class, names = {"LIGHT", "HIGH_CONTRAST"})
    void noTextIsClippedAtTwoHundredPercentOnAnyScreen(ThemeChoice theme) throws Exception {
        ScreenTour tour = window.open(new Appearance(theme, 200));
        assertThat(tour.scene().getRoot().getStyle()).contains("-fx-font-size: 30.0px");
        List<String> problems = tour.visitEach(stop -> OnFx.call(() -> TextFit.problems(tour.scene())));
        assertThat(problems).as("text that does not fit at 200%% (%s theme)", theme.id()).isEmpty();
    }

    /** The check itself can fail: a long label squeezed into a narrow row, and a button past the edge. */
    @Test
    void theCheckFindsAnEllipsisAndTextPastTheWindowsEdge(FxRobot robot) {
        Label squeezed = new Label("A sentence far too long for the narrow row it was put in");
        squeezed.setId("squeezed");
        Button pushed = new Button("_Save check-in");
        pushed.setMinWidth(Button.USE_PREF_SIZE);
        pushed.setTranslateX(260);
        Label fine = new Label("Fits");
        Scene scene = OnFx.call(() -> {
            Scene s = new Scene(new VBox(new HBox(squeezed), pushed, fine), 300, 200);
            window.stage().setScene(s);
            window.stage().show();
            return s;
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = OnFx.call(() -> TextFit.problems(scene));
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith("ellipsis").contains("#squeezed");
        assertThat(problems.get(1)).startsWith("past the window's edge").contains("Save check-in");
        assertThat(TextFit.withoutMnemonic("Save as P_DF…")).isEqualTo("Save as PDF…");
        assertThat(TextFit.withoutMnemonic("a__b _c")).isEqualTo("a_b c");
    }
}
