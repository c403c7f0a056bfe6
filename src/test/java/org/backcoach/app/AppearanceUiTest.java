package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Shape;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.backcoach.settings.ThemeChoice;
import org.backcoach.ui.common.UiTestSupport;
import org.backcoach.ui.shell.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings → Appearance in the whole window: the theme and the text size change live, follow
 * into charts, the body map, the exercise drawings and popups, and come back after a restart.
 */
@ExtendWith(ApplicationExtension.class)
class AppearanceUiTest {

    @RegisterExtension
    final WholeWindow window = new WholeWindow();

    @Test
    void themeAndTextSizeChangeLiveAndAreRememberedAfterARestart(FxRobot robot) throws Exception {
        ScreenTour tour = window.open();
        assertThat(tour.scene().getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
        robot.interact(() -> tour.context().mainViewModel().open(Page.SETTINGS));
        robot.clickOn(UiTestSupport.reveal(robot, tour.find("#theme-dark")));
        assertThat(tour.scene().getRoot().getStyleClass()).contains("theme-dark");
        assertThat(tour.scene().getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(tour.session().settingsStore().load().appearance().theme()).isEqualTo(ThemeChoice.DARK);

        robot.interact(() -> tour.find("#text-size").requestFocus());
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        assertThat(tour.scene().getRoot().getStyle()).isEqualTo("-fx-font-size: 18.0px;");
        assertThat(OnFx.call(() -> ((Label) tour.find("#text-size-label")).getText())).isEqualTo("Text size: 120%");
        assertThat(tour.find("#text-size").getAccessibleText()).isEqualTo("Text size: 120%");

        ScreenTour again = window.open();
        assertThat(again.scene().getRoot().getStyleClass()).as("remembered").contains("theme-dark");
        assertThat(again.scene().getRoot().getStyle()).isEqualTo("-fx-font-size: 18.0px;");
        robot.interact(() -> again.context().mainViewModel().open(Page.SETTINGS));
        robot.clickOn(UiTestSupport.reveal(robot, again.find("#text-size-reset")));
        assertThat(again.scene().getRoot().getStyle()).isEqualTo("-fx-font-size: 15.0px;");
        robot.clickOn(UiTestSupport.reveal(robot, again.find("#theme-high-contrast")));
        assertThat(again.scene().getStylesheets()).hasSize(2).last().asString().endsWith("high-contrast.css");
        robot.clickOn(UiTestSupport.reveal(robot, again.find("#theme-light")));
        assertThat(again.scene().getRoot().getStyleClass()).doesNotContain("theme-dark", "theme-high-contrast");
        assertThat(again.scene().getStylesheets()).hasSize(1);
    }

    @Test
    void chartsTheBodyMapDrawingsAndPopupsFollowTheTheme(FxRobot robot) throws Exception {
        ScreenTour tour = window.open();
        robot.interact(() -> tour.context().appearance().setTheme(ThemeChoice.DARK));
        robot.interact(() -> tour.context().mainViewModel().open(Page.PROGRESS));
        WaitForAsyncUtils.waitForFxEvents();
        Color line = OnFx.call(() -> (Color) ((Shape) tour.find("#chart-pain .chart-series-line")).getStroke());
        assertThat(line).as("chart line in the dark theme's colour").isEqualTo(Color.web("#58a6ff"));

        robot.interact(() -> tour.context().mainViewModel().open(Page.CHECK_IN));
        Region region = (Region) tour.find("#area-lower-back");
        assertThat(OnFx.call(() -> region.getBackground().getFills().get(0).getFill())).isEqualTo(Color.web("#21262d"));
        robot.interact(() -> tour.context().appearance().setTheme(ThemeChoice.LIGHT));
        assertThat(OnFx.call(() -> {
            region.applyCss();
            return region.getBackground().getFills().get(0).getFill();
        })).as("switched live").isEqualTo(Color.web("#e6ebe8"));

        robot.interact(() -> tour.context().appearance().setTheme(ThemeChoice.HIGH_CONTRAST));
        robot.interact(() -> tour.context().mainViewModel().open(Page.EXERCISES));
        Color body = OnFx.call(() -> (Color) ((Shape) tour.find(".figure-body")).getStroke());
        assertThat(body).as("figure strokes are the theme's text colour").isEqualTo(Color.WHITE);

        robot.interact(() -> tour.context().appearance().setTextSizePercent(150));
        robot.interact(() -> tour.context().mainViewModel().open(Page.CHECK_IN));
        robot.interact(() -> ((DatePicker) tour.find("#checkin-date")).show());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> OnFx.call(() -> popup() != null));
        PopupWindow popup = OnFx.call(AppearanceUiTest::popup);
        assertThat(popup.getScene().getRoot().getStyleClass()).as("the calendar popup").contains("theme-high-contrast");
        assertThat(popup.getScene().getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(popup.getScene().getRoot().getStyle()).isEqualTo("-fx-font-size: 22.5px;");
        robot.interact(() -> ((DatePicker) tour.find("#checkin-date")).hide());
    }

    private static PopupWindow popup() {
        return Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing())
                .map(PopupWindow.class::cast).findFirst().orElse(null);
    }
}
