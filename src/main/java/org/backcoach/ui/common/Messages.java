package org.backcoach.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/** The UI's words, from messages*.properties for one locale. Passed in; never a global. */
public final class Messages {

    private static final String BUNDLE = "org.backcoach.ui.messages";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final boolean strict;

    public Messages(Locale locale) {
        this(locale, false);
    }

    private Messages(Locale locale, boolean strict) {
        this.locale = locale;
        this.strict = strict;
        // No fallback to the computer's locale: English asked for is English, even on a German computer.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * For tests: a key missing from this language's own file throws, naming the key, instead of
     * showing "!key!" (or, in German, the English text the file falls back to).
     */
    public static Messages strict(Locale locale) {
        return new Messages(locale, true);
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
    public String get(String key, Object... args) {
        if (strict && !(bundle instanceof PropertyResourceBundle own && own.handleGetObject(key) != null)) {
            throw new IllegalArgumentException("no message \"" + key + "\" in the "
                    + locale.getDisplayLanguage(Locale.ENGLISH) + " messages file");
        }
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing key must not break a person's screen; it shows up plainly (tests use strict()).
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
