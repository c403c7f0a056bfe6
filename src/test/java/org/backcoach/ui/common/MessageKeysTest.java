package org.backcoach.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.backcoach.content.Exercise;
import org.backcoach.content.Factor;
import org.backcoach.insights.ChartRange;
import org.backcoach.insights.ProgressCharts;
import org.backcoach.journal.CheckInField;
import org.backcoach.journal.TrashEntry;
import org.backcoach.settings.ThemeChoice;
import org.junit.jupiter.api.Test;

/**
 * Every message key the code asks for is in each language's file: the window's words
 * (messages*.properties, asked for in ui and app) and the printed labels (print*.properties,
 * asked for in print); a dose is worded by both. A key missing from a file would show as
 * "!key!" on screen, or stop a printout.
 */
class MessageKeysTest {

    private static final Path SOURCES = Path.of("src/main/java/org/backcoach");
    private static final List<String> WINDOW = List.of("/org/backcoach/ui/messages.properties",
            "/org/backcoach/ui/messages_de.properties");
    private static final List<String> PRINT = List.of("/org/backcoach/print/print.properties",
            "/org/backcoach/print/print_de.properties");

    /** The key starts that code completes at run time, and every ending each can have. */
    static final Map<String, List<String>> BUILT_KEYS = Map.of(
            "appearance.theme.", names(ThemeChoice.values(), ThemeChoice::id),
            "checkin.field.", names(CheckInField.values(), Enum::name),
            "progress.range.", names(ChartRange.values(), Enum::name),
            "progress.trash.reason.", names(TrashEntry.Reason.values(), Enum::name),
            "progress.line.", chartLineIds(),
            "report.kind.", names(Factor.Kind.values(), Factor.Kind::jsonName),
            "sheet.category.", names(Exercise.Category.values(), c -> c.name().toLowerCase(Locale.ROOT)));

    @Test
    void everyKeyTheWindowAsksForIsInEachLanguage() throws IOException {
        assertThat(missing(WINDOW, file -> file.startsWith(SOURCES.resolve("ui")) || file.startsWith(SOURCES.resolve("app"))
                || worded(file))).isEmpty();
    }

    @Test
    void everyKeyThePrintoutsAskForIsInEachLanguage() throws IOException {
        assertThat(missing(PRINT, file -> file.startsWith(SOURCES.resolve("print")) || worded(file))).isEmpty();
    }

    @Test
    void theScanFindsKeysHoweverTheyAreAskedFor() {
        MessageKeyScan scan = new MessageKeyScan(keys(WINDOW.get(0)), BUILT_KEYS);
        List<String> problems = new ArrayList<>();
        Set<String> asked = scan.keysAskedFor("""
                enum Page { TODAY("nav.today") }
                // messages.get("in.a.comment") is not asked for
                String a = messages.get(done ? "today.checkIn.done" : "today.checkIn.nowhere");
                String b = messages.get("typo.inTheGroup");
                String c = messages.get("appearance.theme." + theme.id());
                Path d = folder.resolve("settings.json");
                String e = messages.get("progress.unheardOf." + x);
                """, problems);
        assertThat(asked).contains("nav.today", "today.checkIn.done", "today.checkIn.nowhere", "typo.inTheGroup",
                "appearance.theme.dark", "appearance.theme.high-contrast").doesNotContain("in.a.comment", "settings.json");
        assertThat(absentFrom(asked, WINDOW.get(0))).containsExactly("today.checkIn.nowhere", "typo.inTheGroup");
        assertThat(problems).singleElement().asString().contains("\"progress.unheardOf.\"");
    }

    private static List<String> missing(List<String> files, java.util.function.Predicate<Path> asksThem) throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> allKeys = new TreeSet<>();
        files.forEach(f -> allKeys.addAll(keys(f)));
        MessageKeyScan scan = new MessageKeyScan(allKeys, BUILT_KEYS);
        int scanned = 0;
        try (Stream<Path> sources = Files.walk(SOURCES)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).filter(asksThem).sorted().toList()) {
                Set<String> asked = scan.keysAskedFor(Files.readString(source), problems);
                scanned += asked.size();
                for (String file : files) {
                    absentFrom(asked, file).forEach(key -> problems.add(source + " asks for " + key + ", which "
                            + file.substring(file.lastIndexOf('/') + 1) + " lacks"));
                }
            }
        }
        assertThat(scanned).as("keys found in the code").isGreaterThan(50);
        return problems;
    }

    /** Sources that word a dose or a figure through {@code Wording}, for the window and for paper alike. */
    private static boolean worded(Path source) {
        try {
            return Files.readString(source).contains("Wording words");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> absentFrom(Set<String> asked, String file) {
        Set<String> present = keys(file);
        return asked.stream().filter(k -> !present.contains(k)).sorted().toList();
    }

    private static Set<String> keys(String resource) {
        return TranslationsTest.load(resource).keySet();
    }

    private static <T> List<String> names(T[] values, Function<T, String> name) {
        return Arrays.stream(values).map(name).toList();
    }

    /** The key of every line the progress charts draw (ProgressChart labels each "progress.line." + key). */
    private static List<String> chartLineIds() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        List<String> ids = new ArrayList<>(ProgressCharts.of(List.of(), List.of(), day, day).lines().keySet());
        assertThat(ids).as("chart lines").isNotEmpty();
        return ids;
    }
}
