package org.backcoach.settings;

import java.util.Objects;

/**
 * How the window looks: the colour theme and the text size, in percent of the normal size.
 *
 * @param theme        light, dark or high contrast
 * @param textSizePercent 100 to 200, in steps the Settings slider and Ctrl+Plus/Minus use
 */
public record Appearance(ThemeChoice theme, int textSizePercent) {

    public static final int MIN_TEXT_SIZE = 100;
    public static final int MAX_TEXT_SIZE = 200;
    /** One press of Ctrl+Plus or Ctrl+Minus. */
    public static final int TEXT_SIZE_STEP = 10;

    public Appearance {
        theme = Objects.requireNonNullElse(theme, ThemeChoice.LIGHT);
        textSizePercent = clamp(textSizePercent);
    }

    public static Appearance defaults() {
        return new Appearance(ThemeChoice.LIGHT, MIN_TEXT_SIZE);
    }

    public Appearance withTheme(ThemeChoice value) {
        return new Appearance(value, textSizePercent);
    }

    /** Out-of-range sizes are clamped, so a held-down Ctrl+Plus simply stops at 200%. */
    public Appearance withTextSizePercent(int percent) {
        return new Appearance(theme, percent);
    }

    public Appearance larger() {
        return withTextSizePercent(textSizePercent + TEXT_SIZE_STEP);
    }

    public Appearance smaller() {
        return withTextSizePercent(textSizePercent - TEXT_SIZE_STEP);
    }

    static int clamp(int percent) {
        return Math.max(MIN_TEXT_SIZE, Math.min(MAX_TEXT_SIZE, percent));
    }
}
