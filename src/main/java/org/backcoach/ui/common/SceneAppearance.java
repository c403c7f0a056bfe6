package org.backcoach.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.backcoach.settings.Appearance;
import org.backcoach.settings.ThemeChoice;

/**
 * Puts an {@link Appearance} on a scene: the AtlantaFX base theme as the scene's user-agent
 * stylesheet, app.css (plus high-contrast.css for that theme), the theme's style class on the
 * root (which switches the colour tokens) and the text size as the root's -fx-font-size, from
 * which every em in the stylesheet follows.
 */
public final class SceneAppearance {

    /** The root's font size at 100%; app.css is measured against it (2.2em ≈ 32 px). */
    public static final double BASE_FONT_PX = 15;
    public static final String APP_CSS = resource("app.css");
    public static final String HIGH_CONTRAST_CSS = resource("high-contrast.css");
    private static final List<String> THEME_CLASSES = List.of("theme-" + ThemeChoice.DARK.id(),
            "theme-" + ThemeChoice.HIGH_CONTRAST.id());

    private SceneAppearance() {
    }

    /** The AtlantaFX stylesheet a theme builds on; high contrast starts from the dark one. */
    public static String baseStylesheet(ThemeChoice theme) {
        return theme == ThemeChoice.LIGHT ? new PrimerLight().getUserAgentStylesheet()
                : new PrimerDark().getUserAgentStylesheet();
    }

    public static void apply(Scene scene, Appearance appearance) {
        scene.setUserAgentStylesheet(baseStylesheet(appearance.theme()));
        List<String> sheets = appearance.theme() == ThemeChoice.HIGH_CONTRAST ? List.of(APP_CSS, HIGH_CONTRAST_CSS)
                : List.of(APP_CSS);
        if (!scene.getStylesheets().equals(sheets)) {
            scene.getStylesheets().setAll(sheets);
        }
        Parent root = scene.getRoot();
        if (root != null) {
            root.getStyleClass().removeAll(THEME_CLASSES);
            if (appearance.theme() != ThemeChoice.LIGHT) {
                root.getStyleClass().add("theme-" + appearance.theme().id());
            }
            root.setStyle("-fx-font-size: " + fontPx(appearance.textSizePercent()) + "px;");
        }
    }

    static double fontPx(int textSizePercent) {
        return BASE_FONT_PX * textSizePercent / 100.0;
    }

    /**
     * Keeps the scene in step with the model (and with a new root) until the returned action is
     * run. The app binds its scene once per session.
     */
    public static Runnable bind(Scene scene, AppearanceModel model) {
        InvalidationListener update = obs -> apply(scene, model.current());
        model.themeProperty().addListener(update);
        model.textSizePercentProperty().addListener(update);
        scene.rootProperty().addListener(update);
        apply(scene, model.current());
        // Popups (a date picker's calendar, a combo box's list, tooltips) have scenes of their own:
        // JavaFX 21 copies only the stylesheets into them, so they get the theme and the text size here.
        ListChangeListener<Window> popups = change -> {
            while (change.next()) {
                for (Window window : change.getAddedSubList()) {
                    if (window instanceof PopupWindow popup && ownedBy(popup, scene.getWindow()) && popup.getScene() != null) {
                        apply(popup.getScene(), model.current());
                    }
                }
            }
        };
        Window.getWindows().addListener(popups);
        return () -> {
            model.themeProperty().removeListener(update);
            model.textSizePercentProperty().removeListener(update);
            scene.rootProperty().removeListener(update);
            Window.getWindows().removeListener(popups);
        };
    }

    private static boolean ownedBy(PopupWindow popup, Window window) {
        Window owner = popup.getOwnerWindow();
        while (owner instanceof PopupWindow inner) {
            owner = inner.getOwnerWindow();
        }
        return owner != null && owner == window;
    }

    private static String resource(String name) {
        return SceneAppearance.class.getResource("/org/backcoach/ui/theme/" + name).toExternalForm();
    }
}
