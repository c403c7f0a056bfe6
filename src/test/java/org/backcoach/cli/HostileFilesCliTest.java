package org.backcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.backcoach.journal.JournalFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not what a command expects (a restore of something that is not a journal, names
 * that climb out of the backups folder, random bytes to import) are refused in one plain line, and
 * the journal stays exactly as it was.
 */
class HostileFilesCliTest {

    @TempDir
    Path dir;
    private Path data;
    private CliRunner cli;
    private String before;

    @BeforeEach
    void aJournalWithOneDay() {
        data = dir.resolve("data");
        cli = new CliRunner(data);
        assertThat(cli.run("checkin", "--date", JournalFixtures.TODAY.minusDays(1).toString(), "--pain", "4").exitCode())
                .isZero();
        before = cli.run("list").out();
    }

    @Test
    void restoringSomethingThatIsNotABackupChangesNothing() throws Exception {
        byte[] noise = new byte[64 * 1024];
        new Random(7).nextBytes(noise);
        Path random = Files.write(dir.resolve("random.db"), noise);
        Path text = Files.writeString(dir.resolve("notes.db"), "SQLite format 3\u0000 but not really a database");
        Path export = dir.resolve("export.json");
        assertThat(cli.run("export", "--format", "json", "--out", export.toString()).exitCode()).isZero();
        for (String name : new String[] {random.toString(), text.toString(), export.toString(), "..", "../journal.db",
                "../../etc/passwd", "/etc/passwd", data.resolve("journal.db").toString(), "backups"}) {
            CliRunner.Result result = cli.run("restore", name);
            assertThat(result.exitCode()).as(name + ": " + result.err()).isEqualTo(1);
            assertThat(result.err().lines()).as(name).hasSize(1).allSatisfy(line -> assertThat(line)
                    .startsWith("backcoach: ").doesNotContain("Exception").doesNotContain("unexpected error"));
        }
        assertThat(cli.run("list").out()).isEqualTo(before);
        assertThat(Files.list(data).map(p -> p.getFileName().toString()))
                .as("no journal set aside: nothing was restored").noneMatch(n -> n.contains("before-restore"));
    }

    @Test
    void importingSomethingThatIsNotAnExportChangesNothing() throws Exception {
        byte[] noise = new byte[4096];
        new Random(11).nextBytes(noise);
        Path random = Files.write(dir.resolve("random.json"), noise);
        for (String name : new String[] {random.toString(), data.resolve("journal.db").toString(), dir.toString(),
                dir.resolve("missing.json").toString(), "/etc/passwd"}) {
            CliRunner.Result result = cli.run("import", name);
            assertThat(result.exitCode()).as(name + ": " + result.err()).isEqualTo(1);
            assertThat(result.err()).contains("was not imported; nothing was changed").doesNotContain("Exception")
                    .doesNotContain("unexpected error");
        }
        assertThat(cli.run("list").out()).isEqualTo(before);
    }

    @Test
    void anAtSignStartsANoteNotAnArgumentFile() throws Exception {
        Files.writeString(dir.resolve("secret"), "--pain 9");
        CliRunner.Result saved = new CliRunner(data).run("checkin", "--pain", "3", "--note", "@" + dir.resolve("secret"));
        assertThat(saved.exitCode()).as(saved.err()).isZero();
        assertThat(saved.out()).contains("note: @" + dir.resolve("secret")).contains("pain now 3/10");
    }
}
