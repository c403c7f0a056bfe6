package org.backcoach.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every translation of the window's words (messages*.properties) and of the printed labels
 * (print*.properties) against the English original: the same keys, the same placeholders with
 * the same formats, patterns that MessageFormat formats without error, and no ASCII apostrophe
 * (MessageFormat would swallow it; the files use ’ instead).
 */
class TranslationsTest {

    /** {0}, {1,number,0.0}, {2,choice,...}: the index and, if any, the format type. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)\\s*(?:,\\s*(\\w+))?");

    static Stream<Arguments> translations() {
        return Stream.of(
                Arguments.of("/org/backcoach/ui/messages.properties", "/org/backcoach/ui/messages_de.properties",
                        Locale.GERMAN),
                Arguments.of("/org/backcoach/print/print.properties", "/org/backcoach/print/print_de.properties",
                        Locale.GERMAN));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("translations")
    void theTranslationHasExactlyTheOriginalsKeys(String original, String translation, Locale locale) {
        Set<String> originalKeys = load(original).keySet();
        Set<String> translatedKeys = load(translation).keySet();
        assertThat(new TreeSet<>(translatedKeys)).as("keys of " + translation)
                .containsExactlyElementsOf(new TreeSet<>(originalKeys));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("translations")
    void everyPatternHasTheOriginalsPlaceholdersAndFormats(String original, String translation, Locale locale) {
        Map<String, String> english = load(original);
        Map<String, String> translated = load(translation);
        for (Map.Entry<String, String> entry : translated.entrySet()) {
            String key = entry.getKey();
            assertThat(arguments(entry.getValue())).as(key).isEqualTo(arguments(english.get(key)));
        }
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("translations")
    void everyPatternFormatsWithSampleArgumentsInBothLanguages(String original, String translation, Locale locale) {
        check(load(original), Locale.ENGLISH);
        check(load(translation), locale);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("translations")
    void noPatternUsesAnAsciiApostrophe(String original, String translation, Locale locale) {
        for (String file : new String[] {original, translation}) {
            load(file).forEach((key, value) -> assertThat(value).as(file + ": " + key + " (use ’)").doesNotContain("'"));
        }
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("translations")
    void theWindowsAndTheSheetsGermanReallyIsGerman(String original, String translation, Locale locale) {
        Map<String, String> english = load(original);
        Map<String, String> german = load(translation);
        long same = german.entrySet().stream().filter(e -> e.getValue().equals(english.get(e.getKey()))).count();
        // Only names, symbols and loanwords may stay as they are (BackCoach, A4, {0}: {1}, OK, Start ...).
        assertThat(same).as("values left in English").isLessThan(german.size() / 10);
    }

    @org.junit.jupiter.api.Test
    void everyCheckInFieldHasAName() {
        // The import preview names the fields that change; the journal's own names are English.
        for (org.backcoach.journal.CheckInField field : org.backcoach.journal.CheckInField.values()) {
            assertThat(new Messages(Locale.ENGLISH).has("checkin.field." + field.name())).as(field.name()).isTrue();
            assertThat(new Messages(Locale.GERMAN).get("checkin.field." + field.name())).as(field.name())
                    .isNotEqualTo(new Messages(Locale.ENGLISH).get("checkin.field." + field.name()));
        }
    }

    @org.junit.jupiter.api.Test
    void eachGermanMnemonicLetterIsUsedInOneCaseOnly() {
        // JavaFX looks up Alt+letter in a map keyed by character: a page's stale Alt+'n' can hide Alt+'N'.
        Map<Character, Set<Character>> cases = new TreeMap<>();
        load("/org/backcoach/ui/messages_de.properties").forEach((key, value) -> {
            Matcher m = Pattern.compile("_(\\w)").matcher(value);
            if (m.find()) {
                cases.computeIfAbsent(Character.toUpperCase(m.group(1).charAt(0)), c -> new TreeSet<>())
                        .add(m.group(1).charAt(0));
            }
        });
        assertThat(cases).allSatisfy((letter, used) -> assertThat(used).as("mnemonic " + letter).hasSize(1));
        assertThat(cases).containsKeys('H', 'C', 'V', 'B', 'R', 'E', 'D', 'K');
    }

    private static void check(Map<String, String> patterns, Locale locale) {
        for (Map.Entry<String, String> entry : patterns.entrySet()) {
            Map<Integer, String> types = arguments(entry.getValue());
            if (types.isEmpty()) {
                continue;
            }
            for (int sample : new int[] {0, 1, 2, 7, 1440}) {
                Object[] args = new Object[types.keySet().stream().mapToInt(i -> i).max().orElse(0) + 1];
                for (int i = 0; i < args.length; i++) {
                    String type = types.get(i);
                    args[i] = type == null || type.isEmpty() ? "«" + i + "»" : (Object) sample;
                }
                String key = entry.getKey();
                assertThatCode(() -> {
                    String formatted = new MessageFormat(entry.getValue(), locale).format(args);
                    assertThat(formatted).as(key).doesNotContain("{").doesNotContain("}");
                }).as(key + " with " + sample).doesNotThrowAnyException();
            }
        }
    }

    /** Argument index to its format type ("" for none); a sub-pattern's own {0} counts as the same argument. */
    private static Map<Integer, String> arguments(String pattern) {
        Map<Integer, String> found = new TreeMap<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            String type = m.group(2) == null ? "" : m.group(2);
            found.merge(index, type, (a, b) -> a.isEmpty() ? b : a);
        }
        return found;
    }

    static Map<String, String> load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new TreeMap<>();
        properties.forEach((k, v) -> values.put((String) k, (String) v));
        return values;
    }
}
