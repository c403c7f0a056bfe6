package org.backcoach.coach;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backcoach.content.Bundle;
import org.backcoach.content.CoachText;

/**
 * Fills the bundle's sentence templates. All words come from the bundle (coachText), so a
 * bundle in another language gives reasons in that language; only the placeholders are fixed.
 */
final class ReasonWriter {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private final CoachText text;
    private final Locale locale;

    ReasonWriter(Bundle bundle) {
        this.text = bundle.coachText();
        this.locale = Locale.forLanguageTag(bundle.locale());
    }

    /** The template for {@code key} with each {name} replaced; unknown names stay as they are. */
    String write(String key, Map<String, ?> values) {
        return fill(text.reason(key), values);
    }

    String exercisePainKind(int pain) {
        return fill(text.exercisePainKind(), Map.of("pain", pain));
    }

    /** "yesterday", "today" or "on 18 Nov 2026", relative to {@code today}. */
    String when(LocalDate day, LocalDate today) {
        if (day.equals(today)) {
            return text.word("today");
        }
        if (day.equals(today.minusDays(1))) {
            return text.word("yesterday");
        }
        String date = day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
        return fill(text.word("onDate"), Map.of("date", date));
    }

    /** Milestones as words joined the bundle's way: "stood up straight and walked 10 minutes". */
    String milestones(List<String> ids, String joinWord) {
        return join(ids.stream().map(text::milestone).toList(), text.word(joinWord));
    }

    String join(List<String> parts, String lastJoiner) {
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + lastJoiner + " " + parts.get(parts.size() - 1);
    }

    String word(String key) {
        return text.word(key);
    }

    static String fill(String template, Map<String, ?> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
