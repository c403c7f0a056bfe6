package org.backcoach.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.backcoach.cli.CliRunner;
import org.backcoach.testing.TempFolders;

/**
 * The built-in bundle, broken in every way {@link JsonMutations} knows, always ends as a clean list
 * of problems or a correct load: never an exception, a hang, or a file written outside the bundles
 * folder; the command line answers with a plain report and exit code 1, never a stack trace.
 */
class BundleMutationPropertiesTest {

    private static final BundleLoader LOADER = new BundleLoader();
    private static final JsonNode VALID = BundleFixtures.builtInTree();
    private static final List<String> FILE_NAME_FIELDS = List.of("/bundleId");
    private static Path dir;

    @BeforeContainer
    static void createFolder() throws Exception {
        dir = Files.createTempDirectory("bundle-mutations");
    }

    @AfterContainer
    static void removeFolder() throws Exception {
        TempFolders.deleteTree(dir);
    }

    @Provide
    Arbitrary<JsonMutations.Mutation> mutations() {
        return JsonMutations.of(VALID, FILE_NAME_FIELDS);
    }

    @Property(tries = 250)
    void everyMutationIsACleanProblemListOrACorrectLoad(@ForAll("mutations") JsonMutations.Mutation mutation) {
        BundleLoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> LOADER.parse("mutated.json", mutation.bytes()), mutation::description);
        Statistics.collect(mutation.description().split(" ")[0], result.isValid() ? "loaded" : "refused");
        if (result.isValid()) {
            Bundle bundle = result.bundle().orElseThrow();
            assertThat(bundle.exercises()).isNotEmpty();
            assertThat(bundle.bundleId()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(bundle.summary()).isNotBlank();
        } else {
            assertThat(result.problems()).as(mutation.description()).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.file()).isEqualTo("mutated.json");
                assertThat(problem.path()).startsWith("$");
                assertThat(problem.message()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ")
                        .as("a schema gap: the mapper met what the schema let through")
                        .doesNotStartWith("cannot map the bundle")
                        .as("the schema validator failed on this input").doesNotStartWith("could not be checked");
            });
            assertThat(result.report()).isNotBlank();
        }
    }

    @Property(tries = 40)
    void installingAndValidatingFromTheCommandLineStayClean(@ForAll("mutations") JsonMutations.Mutation mutation)
            throws Exception {
        Path run = Files.createTempDirectory(dir, "run");
        Path file = Files.write(run.resolve("from-physio.json"), mutation.bytes());
        Path bundles = run.resolve("data").resolve("bundles");
        BundleLibrary.Installation installation = new BundleLibrary(LOADER, bundles).install(file);
        if (installation.fileName().isPresent()) {
            assertThat(bundles.resolve(installation.fileName().get())).exists().hasBinaryContent(mutation.bytes());
        } else {
            assertThat(installation.problems()).isNotEmpty();
        }
        try (Stream<Path> written = Files.walk(run)) {
            assertThat(written.filter(Files::isRegularFile).map(p -> run.relativize(p).toString()))
                    .as("nothing written outside the bundles folder, nothing but the bundle in it")
                    .allMatch(p -> p.equals("from-physio.json") || p.matches("data/bundles/[a-z0-9]+(-[a-z0-9]+)*\\.json"));
        }

        CliRunner.Result validate = new CliRunner(run.resolve("data")).run("validate-bundle", file.toString());
        assertThat(validate.exitCode()).isIn(0, 1);
        assertThat(validate.exitCode() == 0).isEqualTo(installation.fileName().isPresent());
        assertThat(validate.err()).doesNotContain("unexpected error").doesNotContain("Exception").doesNotContain("\tat ");
        CliRunner.Result checkIn = new CliRunner(run.resolve("data")).run("--bundle", file.toString(), "today");
        assertThat(checkIn.exitCode()).as(checkIn.err()).isZero();
        if (installation.fileName().isEmpty()) {
            assertThat(checkIn.err()).contains("the content bundle was refused, so the built-in content is used");
        }
    }
}
