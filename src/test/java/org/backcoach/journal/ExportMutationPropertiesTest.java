package org.backcoach.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.backcoach.cli.CliRunner;
import org.backcoach.content.JsonMutations;
import org.backcoach.testing.TempFolders;

/**
 * A JSON export, broken in every way {@link JsonMutations} knows, is either refused with a clean
 * list of problems and the journal left exactly as it was, or imported correctly. Never an
 * exception, a hang, or a stack trace on the command line.
 */
class ExportMutationPropertiesTest {

    private static Path dir;
    private static JsonNode valid;
    private static List<CheckIn> alreadyThere;

    @BeforeContainer
    static void writeAValidExport() throws Exception {
        dir = Files.createTempDirectory("export-mutations");
        List<CheckIn> days = new ArrayList<>();
        List<ExerciseLogEntry> log = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            CheckIn day = JournalFixtures.full(JournalFixtures.TODAY.minusDays(i));
            days.add(day.toBuilder().painNow(i % 8).painWorst(8).note(i % 3 == 0 ? "" : "day " + i + ": Robert'); "
                    + "DROP TABLE checkin;-- 😖 כאב").build());
            log.add(new ExerciseLogEntry("cat-cow", JournalFixtures.TODAY.minusDays(i).atTime(9, i), 2, 10, null, i % 6));
        }
        Path file = dir.resolve("valid.json");
        new JournalExport(JournalFixtures.CLOCK).writeJson(new JournalContents(days, log, List.of(), List.of(),
                Optional.of(JournalFixtures.TODAY.minusDays(40))), file);
        valid = new ObjectMapper().readTree(file.toFile());
        alreadyThere = days.subList(0, 10).stream().map(c -> c.toBuilder().painNow(9).painWorst(10).build()).toList();
    }

    @AfterContainer
    static void removeFolder() throws Exception {
        TempFolders.deleteTree(dir);
    }

    @Provide
    Arbitrary<JsonMutations.Mutation> mutations() {
        return JsonMutations.of(valid, List.of());
    }

    @Property(tries = 200)
    void everyMutationIsRefusedCleanlyOrImportedExactly(@ForAll("mutations") JsonMutations.Mutation mutation) throws Exception {
        Path run = Files.createTempDirectory(dir, "run");
        Path file = Files.write(run.resolve("export.json"), mutation.bytes());
        try (Journal journal = JournalFixtures.open(run)) {
            JournalImport.apply(journal, ImportData.of(file, alreadyThere, List.of(), Optional.empty()));
            List<CheckIn> before = journal.all();
            List<ExerciseLogEntry> logBefore = journal.exerciseLog();
            String outcome = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                try {
                    ImportData data = JournalImport.read(file);
                    JournalImport.apply(journal, data);
                    for (CheckIn imported : data.checkIns()) {
                        assertThat(journal.find(imported.date())).as(mutation.description()).contains(imported);
                    }
                    assertThat(journal.exerciseLog()).containsAll(data.exerciseLog());
                    return "imported";
                } catch (InvalidImportException e) {
                    assertThat(e.problems()).as(mutation.description()).isNotEmpty().allSatisfy(problem ->
                            assertThat(problem).isNotBlank().doesNotContain("Exception").doesNotContain("\tat "));
                    assertThat(journal.all()).as("a refused import changes nothing").isEqualTo(before);
                    assertThat(journal.exerciseLog()).isEqualTo(logBefore);
                    return "refused";
                }
            }, mutation::description);
            assertThat(journal.maintenance().integrityProblems(false)).isEmpty();
            Statistics.collect(mutation.description().split(" ")[0], outcome);
        }
    }

    @Property(tries = 30)
    void theImportCommandAnswersInPlainWords(@ForAll("mutations") JsonMutations.Mutation mutation) throws Exception {
        Path run = Files.createTempDirectory(dir, "cli");
        Path file = Files.write(run.resolve("export.json"), mutation.bytes());
        CliRunner.Result result = new CliRunner(run.resolve("data")).run("import", file.toString());
        assertThat(result.exitCode()).as(mutation.description() + "\n" + result.err()).isIn(0, 1);
        assertThat(result.err()).as(mutation.description()).doesNotContain("unexpected error")
                .doesNotContain("Exception").doesNotContain("\tat ");
        if (result.exitCode() == 1) {
            assertThat(result.err()).contains("was not imported; nothing was changed");
        }
    }
}
