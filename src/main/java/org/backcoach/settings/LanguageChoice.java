package org.backcoach.settings;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language the person chose in Settings: follow the computer's language (the default), or
 * always English, or always German. {@link #locale} turns the choice into the locale the app
 * speaks, formats dates and numbers in, and picks its built-in content by.
 */
public enum LanguageChoice {
    SYSTEM("system"),
    ENGLISH("en"),
    GERMAN("de");

    /** Languages the app has words and built-in content for; the first is the fallback. */
    public static final List<String> SUPPORTED = List.of("en", "de");

    private final String id;

    LanguageChoice(String id) {
        this.id = id;
    }

    /** How it is spelled in settings.json. */
    public String id() {
        return id;
    }

    /** Reads its own spelling in any case; empty for anything else (a newer version's language, a typo). */
    public static Optional<LanguageChoice> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (LanguageChoice choice : values()) {
            if (choice.id.equals(wanted)) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }

    /**
     * The locale to use on a computer set to {@code system}. "System" takes the computer's language
     * when the app speaks it, else English. The country always stays the computer's, because it
     * decides things a language does not, such as the usual paper size: German in Germany is de-DE,
     * English chosen on a German computer is en-DE (dates in English, A4 paper).
     */
    public Locale locale(Locale system) {
        String language = switch (this) {
            case SYSTEM -> SUPPORTED.contains(system.getLanguage()) ? system.getLanguage() : SUPPORTED.get(0);
            case ENGLISH -> "en";
            case GERMAN -> "de";
        };
        if (language.equals(system.getLanguage())) {
            return system;
        }
        try {
            return new Locale.Builder().setLanguage(language).setRegion(system.getCountry()).build();
        } catch (IllformedLocaleException e) {
            return Locale.forLanguageTag(language);
        }
    }
}
