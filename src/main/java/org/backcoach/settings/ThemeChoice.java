package org.backcoach.settings;

import java.util.Locale;
import java.util.Optional;

/** The window's colour theme, as the person chose it in Settings. */
public enum ThemeChoice {
    LIGHT("light"),
    DARK("dark"),
    HIGH_CONTRAST("high-contrast");

    private final String id;

    ThemeChoice(String id) {
        this.id = id;
    }

    /** How it is spelled in settings.json; also the theme's style class suffix ("theme-dark"). */
    public String id() {
        return id;
    }

    /** Reads an id in any case; empty for anything else (a newer version's theme, a typo). */
    public static Optional<ThemeChoice> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (ThemeChoice theme : values()) {
            if (theme.id.equals(wanted)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }
}
