package org.backcoach.settings;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The paper printouts are laid out for. The default follows the country of the person's locale. */
public enum PaperSize {
    A4("a4"),
    LETTER("letter");

    /** Countries where Letter is the everyday paper size (as the brief asks: the US and Canada). */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA");

    private final String id;

    PaperSize(String id) {
        this.id = id;
    }

    /** How it is spelled in settings.json and on the command line. */
    public String id() {
        return id;
    }

    public static PaperSize defaultFor(Locale locale) {
        return LETTER_COUNTRIES.contains(locale.getCountry().toUpperCase(Locale.ROOT)) ? LETTER : A4;
    }

    /** Reads "a4" or "letter" in any case; empty for anything else. */
    public static Optional<PaperSize> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (PaperSize size : values()) {
            if (size.id.equals(wanted)) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }
}
