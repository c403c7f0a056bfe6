package org.backcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.nio.file.Files;
import java.nio.file.Path;
import org.backcoach.content.BundleFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process: exit codes, messages, and what reaches the journal. */
class BackCoachCliTest {

    @TempDir
    Path dir;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir);
    }

    @Test
    void checkInSavesAndPrintsWhatWasSaved() {
        CliRunner.Result result = cli.run("checkin", "--date", "2026-11-20", "--pain", "6", "--worst", "8",
                "--spasms", "3", "--areas", "lower-back,thighs", "--walk-min", "20", "--sitting-max-min", "90",
                "--factors", "walking,long-sitting", "--stress", "4", "--sleep", "6", "--note", "stiff but walking");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Saved the check-in for 2026-11-20").contains("pain now 6/10, worst 8/10")
                .contains("areas: Lower back, Thighs").contains("note: stiff but walking");
        CliRunner.Result list = cli.run("list", "--days", "7");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("2026-11-20").contains("long-sitting, walking | stiff but walking");
    }

    @Test
    void dateDefaultsToToday() {
        assertThat(cli.run("checkin", "--pain", "3").exitCode()).isZero();
        assertThat(cli.run("list").out()).contains(TODAY.toString());
    }

    @Test
    void refusedValuesNameTheFlagAndStoreNothing() {
        cli.run("checkin", "--pain", "4");
        CliRunner.Result result = cli.run("checkin", "--pain", "11", "--factors", "cake", "--date", "2027-01-01");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("not saved").contains("--pain (pain now): must be between 0 and 10")
                .contains("--factors (factors): unknown id cake").contains("--date (date): 2027-01-01 is in the future")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(cli.run("list").out()).contains(TODAY + "     4");
    }

    @Test
    void tooLongNoteIsRefused() {
        CliRunner.Result result = cli.run("checkin", "--pain", "4", "--note", "x".repeat(4001));
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("--note (note): is 4001 characters; the limit is 4000");
    }

    @Test
    void redFlagAnswersLeadToASeekCareMessage() {
        CliRunner.Result result = cli.run("checkin", "--pain", "7", "--red-flags", "bladder-bowel-control");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("SEEK CARE").contains("URGENT, go now").contains("emergency");
    }

    @Test
    void usageErrorsExitWithTwo() {
        CliRunner.Result missing = cli.run("checkin");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required option: '--pain");
        CliRunner.Result notANumber = cli.run("checkin", "--pain", "lots");
        assertThat(notANumber.exitCode()).isEqualTo(2);
        assertThat(notANumber.err()).contains("--pain").contains("lots");
        assertThat(cli.run("dance").exitCode()).isEqualTo(2);
        assertThat(cli.run("validate-bundle", "a.json", "b.json").exitCode()).isEqualTo(2);
    }

    @Test
    void validateBundleAcceptsTheBuiltInOne() {
        CliRunner.Result result = cli.run("validate-bundle");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).containsExactly(
                "built-in en.json: valid: 5 steps, 15 exercises, 16 factors, 9 red flags",
                "built-in de.json: valid: 5 steps, 15 exercises, 16 factors, 9 red flags",
                "built-in de.json: same ids and sources as built-in en.json");
    }

    @Test
    void validateBundleAcceptsAValidFile() {
        Path file = BundleFixtures.write(dir.resolve("ok.json"), tree -> { });
        CliRunner.Result result = cli.run("validate-bundle", file.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("ok.json: valid: 5 steps");
    }

    @Test
    void validateBundleRejectsABrokenOneWithPathsAndNoStackTrace() {
        Path file = BundleFixtures.write(dir.resolve("bad.json"), tree -> {
            ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("exercises").get(0).get("dose")).put("max", 999);
            tree.put("bundleId", "../../x");
        });
        CliRunner.Result result = cli.run("validate-bundle", file.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out().lines()).allMatch(line -> line.startsWith(file + ": $."));
        assertThat(result.out()).contains("$.bundleId: ");
        assertThat(result.err()).contains("problem(s) found").doesNotContain("Exception");
    }

    @Test
    void validateBundleReportsSyntaxErrorsWithLineAndColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("syntax.json"), "{\n  \"a\": [1, 2,,]\n}");
        CliRunner.Result result = cli.run("validate-bundle", file.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).startsWith(file + ":2:");
    }

    @Test
    void exportJsonAndCsv() {
        cli.run("checkin", "--pain", "5", "--factors", "heat");
        CliRunner.Result json = cli.run("export", "--format", "json", "--out", dir.resolve("out.json").toString());
        assertThat(json.exitCode()).isZero();
        assertThat(dir.resolve("out.json")).content().contains("\"heat\"");
        CliRunner.Result csv = cli.run("export", "--format", "csv", "--out", dir.resolve("csv").toString());
        assertThat(csv.exitCode()).isZero();
        assertThat(dir.resolve("csv/checkin.csv")).exists();
        assertThat(cli.run("export", "--format", "xml", "--out", "x").exitCode()).isEqualTo(2);
    }

    @Test
    void movementBreaksComeFromTheFlagOrFromTheRemindersLog() throws Exception {
        assertThat(cli.run("checkin", "--pain", "3", "--breaks", "4").out()).contains("movement breaks 4");
        try (var session = org.backcoach.session.Session.open(new org.backcoach.settings.DataFolder(dir),
                java.util.Optional.empty(), org.backcoach.journal.JournalFixtures.CLOCK, "en")) {
            session.journal().recordMovementBreak(TODAY.minusDays(1).atTime(10, 0));
            session.journal().recordMovementBreak(TODAY.minusDays(1).atTime(11, 0));
        }
        assertThat(cli.run("checkin", "--date", TODAY.minusDays(1).toString(), "--pain", "5").out())
                .contains("movement breaks 2");
        CliRunner.Result refused = cli.run("checkin", "--pain", "3", "--breaks", "101");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("--breaks (movement breaks): must be between 0 and 100");
        cli.run("export", "--format", "json", "--out", dir.resolve("breaks.json").toString());
        assertThat(dir.resolve("breaks.json")).content().contains("\"movementBreaks\" : 4")
                .contains("\"movementBreakLog\" : [ \"" + TODAY.minusDays(1) + "T10:00\"");
    }

    @Test
    void anUnwritableExportPathIsAClearError() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        CliRunner.Result result = cli.run("export", "--format", "json", "--out", blocker.resolve("out.json").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("backcoach: cannot write").doesNotContain("\tat ");
    }

    @Test
    void aBundleForOneRunIsUsedAndABrokenOneFallsBackWithAWarning() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{");
        CliRunner.Result result = cli.run("--bundle", broken.toString(), "checkin", "--pain", "2");
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("warning: the content bundle was refused").contains("broken.json:1:");
    }

    @Test
    void versionAndHelp() {
        assertThat(cli.run("--version").out()).startsWith("BackCoach ");
        CliRunner.Result help = cli.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("checkin").contains("validate-bundle").contains("--data-dir");
    }

    @Test
    void dataDirFlagWinsOverTheEnvironment() {
        Path other = dir.resolve("other");
        assertThat(cli.run("--data-dir", other.toString(), "checkin", "--pain", "1").exitCode()).isZero();
        assertThat(other.resolve("journal.db")).exists();
        assertThat(cli.run("list").out()).contains("No check-ins");
    }

    @Test
    void windowIsRequestedOnlyWithoutACommand() {
        assertThat(BackCoachCli.windowRequest(new String[0])).isPresent();
        assertThat(BackCoachCli.windowRequest(new String[] {"--data-dir", "/tmp/x"}).orElseThrow().dataDir())
                .contains(Path.of("/tmp/x"));
        assertThat(BackCoachCli.windowRequest(new String[] {"list"})).isEmpty();
        assertThat(BackCoachCli.windowRequest(new String[] {"--help"})).isEmpty();
        assertThat(BackCoachCli.windowRequest(new String[] {"--nonsense"})).isEmpty();
    }
}
