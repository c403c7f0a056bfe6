package org.backcoach.print;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The fixed words printed on sheets, reports and plans (headings, labels), from print*.properties
 * for the language of the content bundle, so labels and content speak the same language.
 */
final class PrintText {

    private static final String BUNDLE = "org.backcoach.print.print";

    private final ResourceBundle words;
    private final Locale locale;

    PrintText(Locale locale) {
        this.locale = locale;
        // No fallback to the computer's locale: an English bundle prints English labels anywhere.
        this.words = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static PrintText forBundleLocale(String bundleLocale) {
        return new PrintText(Locale.forLanguageTag(bundleLocale));
    }

    String get(String key, Object... args) {
        String pattern = words.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** One decimal place, the language's way: 4.5 in English, 4,5 in German. */
    String decimal(double value) {
        return String.format(locale, "%.1f", value);
    }

    /** One decimal place with its sign, such as +1.5 or -0.5. */
    String signedDecimal(double value) {
        return String.format(locale, "%+.1f", value);
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    String shortDate(LocalDate date) {
        return DateTimeFormatter.ofPattern(words.getString("date.short"), locale).format(date);
    }

    /** Short weekday names, starting on the first day of the week where the language is spoken. */
    List<String> weekdays() {
        DayOfWeek first = WeekFields.of(locale.getCountry().isEmpty() ? Locale.UK : locale).getFirstDayOfWeek();
        List<String> days = new ArrayList<>(7);
        for (int i = 0; i < 7; i++) {
            days.add(first.plus(i).getDisplayName(TextStyle.SHORT, locale));
        }
        return days;
    }
}
