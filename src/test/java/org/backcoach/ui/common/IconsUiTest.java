package org.backcoach.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.AccessibleRole;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.backcoach.settings.Appearance;
import org.backcoach.settings.ThemeChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Icons grow with the chosen text size, take the theme's colours, and leave the words to the screen reader. */
@ExtendWith(ApplicationExtension.class)
class IconsUiTest {

    private Button next;
    private Label caution;
    private Scene scene;

    @Start
    void start(Stage stage) {
        next = Icons.after(new Button("Next"), Feather.CHEVRON_RIGHT);
        caution = Icons.caution("Keep your back flat");
        scene = new Scene(new VBox(8, next, caution), 400, 200);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theIconGrowsWithTheTextSize(FxRobot robot) {
        robot.interact(() -> SceneAppearance.apply(scene, new Appearance(ThemeChoice.LIGHT, 100)));
        assertThat(icon(next).getIconSize()).isEqualTo(18);
        robot.interact(() -> SceneAppearance.apply(scene, new Appearance(ThemeChoice.LIGHT, 200)));
        assertThat(icon(next).getIconSize()).isEqualTo(36);
        assertThat(next.getContentDisplay()).isEqualTo(ContentDisplay.RIGHT);
        assertThat(icon(next).getFont().getFamily()).as("drawn in the icon font").isEqualTo("FeatherIcons");
    }

    @Test
    void theIconTakesTheThemesColours(FxRobot robot) throws Exception {
        for (ThemeChoice theme : ThemeChoice.values()) {
            robot.interact(() -> SceneAppearance.apply(scene, new Appearance(theme, 100)));
            var tokens = ThemeContrastTest.tokens(theme.id());
            assertThat(icon(next).getIconColor()).as(theme.id()).isEqualTo(Color.web(tokens.get("-bc-text")));
            assertThat(icon(caution).getIconColor()).as(theme.id()).isEqualTo(Color.web(tokens.get("-bc-warm")));
        }
    }

    @Test
    void theIconIsDecorativeAndTheWordsStay() {
        assertThat(next.getText()).isEqualTo("Next");
        assertThat(icon(next).getAccessibleRole()).isEqualTo(AccessibleRole.NODE);
        assertThat(icon(next).isFocusTraversable()).isFalse();
        assertThat(caution.getStyleClass()).contains("caution");
        assertThat(caution.getText()).isEqualTo("Keep your back flat");
    }

    private static FontIcon icon(javafx.scene.control.Labeled labeled) {
        return (FontIcon) labeled.getGraphic();
    }
}
