package org.backcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.backcoach.journal.HostileText;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.testing.TempFolders;

/**
 * Notes typed on the command line are stored and shown exactly, whatever they hold: the echo after
 * saving, the JSON and CSV exports, and {@code list} (which shows a note on one line, shortened).
 */
class HostileNotesPropertiesTest {

    private static final String DAY = JournalFixtures.TODAY.minusDays(2).toString();
    private static Path dir;

    @BeforeContainer
    static void createFolder() throws Exception {
        dir = Files.createTempDirectory("hostile-notes");
    }

    @AfterContainer
    static void removeFolder() throws Exception {
        TempFolders.deleteTree(dir);
    }

    @Provide
    Arbitrary<String> notes() {
        return HostileText.notes().filter(note -> !note.isBlank());
    }

    @Provide
    Arbitrary<String> notesWithAControlCharacter() {
        return HostileText.withControlCharacter();
    }

    @Property(tries = 40)
    void aNoteIsStoredAndShownExactly(@ForAll("notes") String note) throws Exception {
        Path run = Files.createTempDirectory(dir, "run");
        CliRunner cli = new CliRunner(run.resolve("data"));
        // As a shell passes --note "...": a separate argument, unless it would read as an option.
        List<String> noteArgs = note.startsWith("-") ? List.of("--note=" + note) : List.of("--note", note);
        List<String> args = new java.util.ArrayList<>(List.of("checkin", "--date", DAY, "--pain", "4"));
        args.addAll(noteArgs);
        CliRunner.Result saved = cli.run(args.toArray(String[]::new));
        assertThat(saved.exitCode()).as(saved.err()).isZero();
        assertThat(saved.out()).contains("note: " + note);

        Path json = run.resolve("export.json");
        assertThat(cli.run("export", "--format", "json", "--out", json.toString()).exitCode()).isZero();
        JsonNode export = new ObjectMapper().readTree(json.toFile());
        assertThat(export.get("checkIns").get(0).get("note").asText()).isEqualTo(note);

        Path csv = run.resolve("csv");
        assertThat(cli.run("export", "--format", "csv", "--out", csv.toString()).exitCode()).isZero();
        List<List<String>> rows = HostileText.parseCsv(Files.readString(csv.resolve("checkin.csv"), StandardCharsets.UTF_8));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(rows.get(0).indexOf("note"))).isEqualTo(note);

        String oneLine = note.replaceAll("\\s+", " ").strip();
        String shown = oneLine.codePointCount(0, oneLine.length()) > 60
                ? oneLine.substring(0, oneLine.offsetByCodePoints(0, 59)) + "…" : oneLine;
        assertThat(cli.run("list").out()).contains(DAY).contains(shown);
    }

    @Property(tries = 12)
    void aControlCharacterIsRefusedByNameAndNothingIsStored(@ForAll("notesWithAControlCharacter") String note)
            throws Exception {
        Path run = Files.createTempDirectory(dir, "control");
        CliRunner cli = new CliRunner(run.resolve("data"));
        CliRunner.Result refused = cli.run("checkin", "--date", DAY, "--pain", "4", "--note=" + note);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("--note (note)").contains("control character");
        assertThat(cli.run("list").out()).contains("No check-ins");
    }
}
