package org.backcoach.ui.common;

import javafx.scene.AccessibleRole;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Icons from Ikonli's Feather font instead of Unicode arrows and signs, which many fonts draw
 * differently or not at all. Each is 1.2 times the size of the text beside it and follows that
 * text when the person changes the text size; app.css and AtlantaFX colour it from the theme's
 * tokens. Icons are decorative: the button or label keeps its words, and a screen reader reads
 * those, never the icon.
 */
public final class Icons {

    /** The icon's size against the text beside it. */
    static final double SCALE = 1.2;

    private Icons() {
    }

    /** Puts {@code ikon} before the text ("‹ Back"). */
    public static <T extends Labeled> T before(T labeled, Ikon ikon) {
        return withIcon(labeled, ikon, ContentDisplay.LEFT);
    }

    /** Puts {@code ikon} after the text ("Next ›"). */
    public static <T extends Labeled> T after(T labeled, Ikon ikon) {
        return withIcon(labeled, ikon, ContentDisplay.RIGHT);
    }

    /** A caution line of an exercise: the warning sign before its words. */
    public static Label caution(String text) {
        Label caution = new Label(text);
        caution.setWrapText(true);
        caution.getStyleClass().add("caution");
        return before(caution, Feather.ALERT_TRIANGLE);
    }

    private static <T extends Labeled> T withIcon(T labeled, Ikon ikon, ContentDisplay side) {
        labeled.setGraphic(icon(ikon, labeled));
        labeled.setContentDisplay(side);
        return labeled;
    }

    /** A decorative icon sized from {@code text}'s font. */
    private static FontIcon icon(Ikon ikon, Labeled text) {
        FontIcon icon = new FontIcon(ikon);
        icon.setAccessibleRole(AccessibleRole.NODE);
        icon.setFocusTraversable(false);
        // An inline style, so it wins over AtlantaFX's fixed 18 px; the text's font comes from the text size.
        resize(icon, text.getFont());
        text.fontProperty().addListener((obs, old, font) -> resize(icon, font));
        return icon;
    }

    /** Sets the icon's size in its inline style, keeping the rest of it (Ikonli names the icon font there). */
    private static void resize(FontIcon icon, Font font) {
        String others = icon.getStyle() == null ? "" : icon.getStyle().replaceAll("-fx-icon-size:[^;]*;?", "").strip();
        icon.setStyle((others.isEmpty() ? "" : others + " ") + "-fx-icon-size: " + Math.round(font.getSize() * SCALE) + "px;");
    }
}
