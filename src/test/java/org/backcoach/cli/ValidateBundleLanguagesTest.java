package org.backcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.backcoach.content.BundleFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate-bundle FILE --compare-with ORIGINAL}: a translation must keep every id and source. */
class ValidateBundleLanguagesTest {

    @TempDir
    Path dir;
    private CliRunner cli;
    private Path english;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir);
        english = BundleFixtures.write(dir.resolve("en.json"), tree -> { });
    }

    @Test
    void aFaithfulTranslationPasses() throws IOException {
        Path german = german("de.json", tree -> { });
        CliRunner.Result result = cli.run("validate-bundle", german.toString(), "--compare-with", english.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).containsExactly(
                german + ": valid: 5 steps, 15 exercises, 16 factors, 9 red flags",
                english + ": valid: 5 steps, 15 exercises, 16 factors, 9 red flags",
                german + ": same ids and sources as " + english);
        assertThat(result.err()).isEmpty();
    }

    @Test
    void aMissingIdAnExtraIdAndADifferentSourceAreEachOneLine() throws IOException {
        Path german = german("de.json", tree -> {
            ArrayNode factors = (ArrayNode) tree.get("factors");
            factors.remove(0);
            ((ObjectNode) tree.get("habits").get(8)).put("id", "plan-fuer-schuebe");
            ((ObjectNode) tree.get("habits").get(1)).put("source", "guideline: NICE NG59 low back pain");
        });
        CliRunner.Result result = cli.run("validate-bundle", german.toString(), "--compare-with", english.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out().lines().filter(line -> line.startsWith(german + ": $."))).containsExactlyInAnyOrder(
                german + ": $.factors: no item with id 'walking', but " + english + " has one at $.factors[0]",
                german + ": $.habits: no item with id 'flare-up-plan', but " + english + " has one at $.habits[8]",
                german + ": $.habits[8].id: 'plan-fuer-schuebe' is not in " + english,
                german + ": $.habits[1].source: \"guideline: NICE NG59 low back pain\" here, but \"002_892cfdf5fee06ad3.txt, 000_9524cce3f88f2669.txt\" in "
                        + english);
        assertThat(result.err()).contains("4 problem(s) found in " + german).doesNotContain("Exception");
    }

    @Test
    void anInvalidOriginalIsReportedAndNothingIsCompared() throws IOException {
        Path german = german("de.json", tree -> { });
        Path broken = Files.writeString(dir.resolve("broken.json"), "{");
        CliRunner.Result result = cli.run("validate-bundle", german.toString(), "--compare-with", broken.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains(broken + ":1:").doesNotContain("same ids");
    }

    @Test
    void compareWithoutAFileIsAUsageError() {
        assertThat(cli.run("validate-bundle", "--compare-with", english.toString()).exitCode()).isEqualTo(2);
    }

    private Path german(String name, Consumer<ObjectNode> edit) throws IOException {
        ObjectNode tree;
        try (InputStream in = getClass().getResourceAsStream("/org/backcoach/content/bundle/de.json")) {
            tree = (ObjectNode) new ObjectMapper().readTree(in);
        }
        edit.accept(tree);
        return Files.write(dir.resolve(name), BundleFixtures.bytes(tree));
    }
}
