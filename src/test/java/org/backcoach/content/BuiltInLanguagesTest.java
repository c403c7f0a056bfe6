package org.backcoach.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The German built-in bundle: valid against the schema and cross-checks, the same ids, sources and
 * numbers as the English one, written in German, and picked for German; and the comparison itself.
 */
class BuiltInLanguagesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final BundleLoader loader = new BundleLoader();

    @TempDir
    Path dir;

    @Test
    void everyBuiltInLanguagePassesTheSchemaAndCrossChecksAndDeclaresItsLocale() {
        for (String language : BundleLoader.BUILT_IN_LANGUAGES) {
            BundleLoadResult result = loader.loadBuiltIn(language);
            assertThat(result.problems()).as(language).isEmpty();
            assertThat(result.bundle().orElseThrow().locale()).isEqualTo(language);
            assertThat(loader.loadBuiltInTrusted(language).bundle().orElseThrow().locale()).isEqualTo(language);
        }
    }

    @Test
    void theGermanBundleHasTheSameIdsSourcesAndNumbersAsTheEnglishOne() {
        assertThat(loader.compareBuiltIn("de")).isEmpty();
        Bundle en = loader.loadBuiltIn("en").bundle().orElseThrow();
        Bundle de = loader.loadBuiltIn("de").bundle().orElseThrow();
        assertThat(de.summary()).isEqualTo(en.summary());
        assertThat(de.exercises()).extracting(Exercise::id).containsExactlyElementsOf(en.exercises().stream().map(Exercise::id).toList());
        assertThat(de.redFlags()).extracting(RedFlag::urgency).containsExactlyElementsOf(en.redFlags().stream().map(RedFlag::urgency).toList());
        assertThat(de.coachRules()).isEqualTo(en.coachRules());
    }

    @Test
    void theGermanBundleIsWrittenInGermanWithItsPlaceholdersIntact() {
        Bundle en = loader.loadBuiltIn("en").bundle().orElseThrow();
        Bundle de = loader.loadBuiltIn("de").bundle().orElseThrow();
        assertThat(de.exercise("glute-bridge").orElseThrow().title()).isEqualTo("Schulterbrücke");
        assertThat(de.exercise("dead-bug").orElseThrow().title()).isEqualTo("Toter Käfer");
        assertThat(de.step("keep-moving").orElseThrow().title()).isEqualTo("Sanft in Bewegung bleiben");
        assertThat(de.redFlag("bladder-bowel-control").map(RedFlag::advice)).hasValueSatisfying(advice ->
                assertThat(advice).contains("Notfall").contains("Notaufnahme").contains("Notruf"));
        for (String key : en.coachText().reasons().keySet()) {
            assertThat(placeholders(de.coachText().reason(key))).as(key).isEqualTo(placeholders(en.coachText().reason(key)));
        }
        assertThat(placeholders(de.coachText().exercisePainKind())).isEqualTo(placeholders(en.coachText().exercisePainKind()));
        assertThat(de.coachText().word("onDate")).contains("{date}");
        // No text was left in English by mistake: every title and question differs from the original.
        for (int i = 0; i < en.exercises().size(); i++) {
            assertThat(de.exercises().get(i).summary()).isNotEqualTo(en.exercises().get(i).summary());
        }
        for (int i = 0; i < en.redFlags().size(); i++) {
            assertThat(de.redFlags().get(i).question()).isNotEqualTo(en.redFlags().get(i).question());
            assertThat(de.redFlags().get(i).advice()).isNotEqualTo(en.redFlags().get(i).advice());
        }
    }

    @Test
    void theLibraryPicksGermanForGermanAndEnglishForALanguageWithoutABundle() {
        BundleLibrary library = new BundleLibrary(loader, dir.resolve("bundles"));
        assertThat(library.builtIn("de").locale()).isEqualTo("de");
        assertThat(library.builtIn("fr").locale()).isEqualTo("en");
        assertThat(library.resolve(Optional.empty(), Optional.empty(), "de").bundle().locale()).isEqualTo("de");
    }

    @Test
    void aChosenBundleStillWinsOverTheBuiltInGerman() {
        Path file = BundleFixtures.write(dir.resolve("physio.json"), tree -> tree.put("title", "From my physio"));
        BundleLibrary library = new BundleLibrary(loader, dir.resolve("bundles"));
        ActiveContent content = library.resolve(Optional.of(file), Optional.empty(), "de");
        assertThat(content.bundle().title()).isEqualTo("From my physio");
        assertThat(content.bundle().locale()).isEqualTo("en");
    }

    @Test
    void aMissingAnExtraAndAChangedIdAreEachReportedWithTheirPath() throws IOException {
        Path original = write("en.json", english());
        ObjectNode translation = german();
        ArrayNode exercises = (ArrayNode) translation.get("exercises");
        exercises.remove(index(exercises, "plank"));
        ((ObjectNode) exercises.get(0)).put("id", "foam-roll-new");
        ((ObjectNode) exercises.get(1)).put("source", "guideline: something else");
        ((ObjectNode) translation.get("redFlags").get(2)).put("urgency", "soon");
        Path file = write("de.json", translation);

        List<String> problems = loader.compare(file, original).stream().map(BundleProblem::toString).toList();

        assertThat(problems).allMatch(p -> p.startsWith(file + ": $."));
        assertThat(problems).anyMatch(p -> p.contains("$.exercises: no item with id 'plank'"));
        assertThat(problems).anyMatch(p -> p.contains("$.exercises: no item with id 'foam-roll-glutes-sacrum'"));
        assertThat(problems).anyMatch(p -> p.contains("$.exercises[0].id: 'foam-roll-new' is not in " + original));
        assertThat(problems).anyMatch(p -> p.contains("$.exercises[1].source: \"guideline: something else\" here, but"));
        assertThat(problems).anyMatch(p -> p.contains("$.redFlags[2].urgency: \"soon\" here, but \"urgent\""));
        assertThat(problems).hasSize(5);
    }

    @Test
    void differentNumbersAndMissingSectionsAreReportedButDifferentWordsAreNot() throws IOException {
        Path original = write("en.json", english());
        ObjectNode translation = german();
        ((ObjectNode) translation.get("coachRules")).put("highPain", 9);
        ((ObjectNode) translation.get("phases").get(0)).remove("advance");
        ((ObjectNode) translation.get("coachText").get("words")).remove("or");
        Path file = write("de.json", translation);

        List<String> problems = loader.compare(file, original).stream().map(BundleProblem::toString).toList();

        assertThat(problems).anyMatch(p -> p.contains("$.coachRules.highPain: 9 here, but"));
        assertThat(problems).anyMatch(p -> p.contains("$.phases[0]: has no 'advance'"));
        assertThat(problems).anyMatch(p -> p.contains("$.coachText.words: has no 'or'"));
        assertThat(problems).hasSize(3);
        assertThat(loader.compare(write("same.json", german()), original)).isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Matcher m = Pattern.compile("\\{([a-zA-Z]+)}").matcher(text);
        return m.results().map(r -> r.group(1)).collect(Collectors.toSet());
    }

    private static int index(ArrayNode items, String id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no " + id);
    }

    private Path write(String name, ObjectNode tree) throws IOException {
        return Files.write(dir.resolve(name), BundleFixtures.bytes(tree));
    }

    private static ObjectNode english() {
        return BundleFixtures.builtInTree();
    }

    static ObjectNode german() {
        try (InputStream in = BuiltInLanguagesTest.class.getResourceAsStream("/org/backcoach/content/bundle/de.json")) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
