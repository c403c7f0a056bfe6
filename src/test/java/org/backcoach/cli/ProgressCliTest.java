package org.backcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.backcoach.insights.InsightFixtures;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** insights, import, backup, restore and doctor on the command line, against real data folders. */
class ProgressCliTest {

    @TempDir
    Path dir;

    @Test
    void insightsJsonShowsLongSittingAsTheAggravatorTiedToHigherNextDayPain() throws Exception {
        Path data = dir.resolve("data");
        try (Journal journal = JournalFixtures.open(data)) {
            InsightFixtures.save(journal, InsightFixtures.monthWithLongSitting());
        }
        CliRunner.Result result = new CliRunner(data).run("insights", "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode array = new ObjectMapper().readTree(result.out());
        assertThat(array.isArray()).isTrue();
        JsonNode first = array.get(0);
        List<String> fields = new ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("factor", "kind", "lagDays", "daysWith", "daysWithout", "meanPainWith",
                "meanPainWithout", "difference");
        assertThat(first.get("factor").asText()).isEqualTo("long-sitting");
        assertThat(first.get("kind").asText()).isEqualTo("aggravator");
        assertThat(first.get("lagDays").asInt()).isEqualTo(1);
        assertThat(first.get("daysWith").asInt()).isEqualTo(6);
        assertThat(first.get("daysWithout").asInt()).isEqualTo(23);
        assertThat(first.get("meanPainWith").asDouble()).isEqualTo(6.0);
        assertThat(first.get("meanPainWithout").asDouble()).isEqualTo(3.0);
        assertThat(first.get("difference").asDouble()).isEqualTo(3.0);
        assertThat(array.get(1).get("difference").asDouble()).isEqualTo(-0.75);

        CliRunner.Result text = new CliRunner(data).run("insights");
        assertThat(text.out().lines().findFirst()).contains(
                "On days after \"Sat for long spells\", your pain was 3.0 points higher on average (6 days vs 23 days).");
        assertThat(text.out()).contains("not proof of cause").doesNotContain("caused");
    }

    @Test
    void withTooLittleDataThereAreNoInsightsYet() {
        CliRunner cli = new CliRunner(dir);
        cli.run("checkin", "--pain", "4", "--factors", "walking");
        assertThat(cli.run("insights").out()).contains("No patterns to show yet").contains("at least 3 days");
        assertThat(cli.run("insights", "--json").out().strip()).isEqualTo("[ ]");
    }

    @Test
    void exportThenImportIntoAnEmptyDataFolderRestoresEverythingAndTwiceChangesNothing() throws Exception {
        CliRunner first = new CliRunner(dir.resolve("first"));
        first.run("checkin", "--date", TODAY.minusDays(2).toString(), "--pain", "6", "--factors", "long-sitting",
                "--milestones", "stood-straight", "--note", "long drive, \"ouch\"");
        first.run("checkin", "--date", TODAY.minusDays(1).toString(), "--pain", "4", "--walk-min", "15");
        Path export = dir.resolve("export.json");
        assertThat(first.run("export", "--format", "json", "--out", export.toString()).exitCode()).isZero();
        String listed = first.run("list").out();

        CliRunner second = new CliRunner(dir.resolve("second"));
        CliRunner.Result preview = second.run("import", export.toString(), "--dry-run");
        assertThat(preview.out()).contains("2 new check-ins, " + TODAY.minusDays(2) + " to " + TODAY.minusDays(1));
        assertThat(second.run("list").out()).contains("No check-ins");

        CliRunner.Result imported = second.run("import", export.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported. A backup from just before the import is at");
        assertThat(second.run("list").out()).isEqualTo(listed);

        CliRunner.Result again = second.run("import", export.toString());
        assertThat(again.out()).startsWith("Nothing to change").contains("2 check-ins");
        assertThat(second.run("list").out()).isEqualTo(listed);
    }

    @Test
    void aBadImportNamesTheProblemsAndChangesNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"backcoach-journal\", \"formatVersion\": 1, "
                + "\"checkIns\": [{\"date\": \"2026-11-01\", \"painNow\": 14}]}");
        CliRunner cli = new CliRunner(dir.resolve("data"));
        CliRunner.Result result = cli.run("import", file.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("was not imported; nothing was changed")
                .contains("checkIns[0] (2026-11-01): pain now: must be between 0 and 10, not 14")
                .doesNotContain("Exception");
        assertThat(cli.run("list").out()).contains("No check-ins");
    }

    @Test
    void backupThenRestoreBringsTheJournalBackAndKeepsTheCurrentOneAside() throws Exception {
        Path data = dir.resolve("data");
        CliRunner cli = new CliRunner(data);
        cli.run("checkin", "--date", TODAY.minusDays(1).toString(), "--pain", "5");
        CliRunner.Result backup = cli.run("backup");
        assertThat(backup.exitCode()).isZero();
        assertThat(backup.out()).contains("Backed up the journal (1 check-ins) to " + data.resolve("backups"));
        Path file = Path.of(backup.out().lines().findFirst().orElseThrow().replaceAll(".* to ", ""));
        assertThat(file).exists();

        cli.run("checkin", "--pain", "8", "--note", "after the backup");
        CliRunner.Result restore = cli.run("restore", file.getFileName().toString());
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("1 check-ins, the last on " + TODAY.minusDays(1))
                .contains("Your previous journal was kept as " + data.resolve("journal.db.before-restore-"));
        assertThat(cli.run("list").out()).doesNotContain("after the backup");

        CliRunner.Result refused = cli.run("restore", Files.writeString(dir.resolve("notes.txt"), "hello").toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err().lines()).singleElement().asString().contains("Your journal was not changed");
    }

    @Test
    void aCorruptedJournalIsRecoveredFromTheLatestBackupAtTheNextStartAndThePersonIsTold() throws Exception {
        Path data = dir.resolve("data");
        CliRunner cli = new CliRunner(data);
        for (int d = 20; d >= 2; d--) {
            cli.run("checkin", "--date", TODAY.minusDays(d).toString(), "--pain", String.valueOf(d % 8),
                    "--note", "day " + d + " " + "x".repeat(300));
        }
        cli.run("backup");
        cli.run("checkin", "--date", TODAY.minusDays(1).toString(), "--pain", "3", "--note", "after the last backup");
        org.backcoach.journal.FileDamage.overwrite(data.resolve("journal.db"), 0, 4096);

        CliRunner.Result next = cli.run("list", "--days", "30");
        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(next.err()).contains("warning: Your journal " + data.resolve("journal.db") + " was damaged")
                .contains("it was not deleted").contains("restored the newest good backup")
                .contains("19 check-ins, the last on " + TODAY.minusDays(2));
        assertThat(next.out()).contains(TODAY.minusDays(20).toString()).contains(TODAY.minusDays(2).toString())
                .doesNotContain("after the last backup");
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("journal.db.damaged-"));
        }

        CliRunner.Result doctor = cli.run("doctor");
        assertThat(doctor.exitCode()).as(doctor.err()).isZero();
        assertThat(doctor.err()).as("told only once").doesNotContain("damaged");
        assertThat(doctor.out()).contains("integrity check: ok").contains("19 check-ins from " + TODAY.minusDays(20))
                .contains("Backups: " + data.resolve("backups")).contains("(today)")
                .contains("Kept aside").contains("journal.db.damaged-");
    }
}
