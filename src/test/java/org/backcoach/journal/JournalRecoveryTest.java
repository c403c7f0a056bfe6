package org.backcoach.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged journal.db at start: set aside, never deleted; the newest good backup restored. */
class JournalRecoveryTest {

    @TempDir
    Path dir;

    /** Saves 60 days, backs up, then saves two more days that the backup does not have. */
    private List<CheckIn> journalWithBackup(JournalBackups backups) throws Exception {
        try (Journal journal = JournalFixtures.open(dir)) {
            for (int d = 60; d >= 2; d--) {
                journal.save(JournalFixtures.full(TODAY.minusDays(d)).toBuilder().note("day " + d + " ".repeat(200)).build());
            }
            List<CheckIn> inBackup = journal.all();
            backups.create(journal);
            journal.save(CheckIn.on(TODAY.minusDays(1), 4).build());
            journal.save(CheckIn.on(TODAY, 3).build());
            return inBackup;
        }
    }

    @Test
    void aFileWhoseHeaderIsGarbageIsSetAsideAndTheBackupRestored() throws Exception {
        JournalBackups backups = new JournalBackups(dir.resolve("backups"), JournalFixtures.CLOCK);
        List<CheckIn> inBackup = journalWithBackup(backups);
        Path file = dir.resolve("journal.db");
        byte[] before = Files.readAllBytes(file);
        FileDamage.overwrite(file, 0, 100);

        JournalRecovery.Opened opened = JournalRecovery.open(file, backups, JournalFixtures.validator(), JournalFixtures.CLOCK);
        try (Journal journal = opened.journal()) {
            assertThat(journal.all()).isEqualTo(inBackup);
            JournalRecovery.Report report = opened.recovery().orElseThrow();
            assertThat(report.restoredFrom()).map(JournalBackups.Backup::file).contains(backups.list().get(0).file());
            assertThat(report.setAside().getFileName().toString()).startsWith("journal.db.damaged-2026-11-21-103000");
            assertThat(report.now().checkIns()).isEqualTo(59);
            assertThat(report.describe()).contains("was damaged").contains("it was not deleted")
                    .contains("journal-2026-11-21-103000.db").contains("Anything saved after that backup")
                    .contains("59 check-ins, the last on " + TODAY.minusDays(2));
            byte[] aside = Files.readAllBytes(report.setAside());
            assertThat(Arrays.copyOfRange(aside, 100, aside.length))
                    .as("the damaged file is kept byte for byte").isEqualTo(Arrays.copyOfRange(before, 100, before.length));
            // Work goes on normally.
            journal.save(CheckIn.on(TODAY, 2).build());
        }
    }

    @Test
    void damagedPagesInsideTheFileAreFoundByTheCheckAtStart() throws Exception {
        JournalBackups backups = new JournalBackups(dir.resolve("backups"), JournalFixtures.CLOCK);
        List<CheckIn> inBackup = journalWithBackup(backups);
        Path file = dir.resolve("journal.db");
        long size = Files.size(file);
        FileDamage.overwrite(file, 4096 * 2, (int) Math.min(4096 * 3, size - 4096 * 2));

        JournalRecovery.Opened opened = JournalRecovery.open(file, backups, JournalFixtures.validator(), JournalFixtures.CLOCK);
        try (Journal journal = opened.journal()) {
            assertThat(opened.recovery()).isPresent();
            assertThat(journal.all()).isEqualTo(inBackup);
        }
    }

    @Test
    void aDamagedNewestBackupIsSkippedForAnOlderGoodOne() throws Exception {
        Path folder = dir.resolve("backups");
        try (Journal journal = JournalFixtures.open(dir)) {
            journal.save(CheckIn.on(TODAY.minusDays(3), 6).build());
            new JournalBackups(folder, JournalBackupsTest.clockAt(TODAY.minusDays(1))).create(journal);
            journal.save(CheckIn.on(TODAY.minusDays(2), 5).build());
            new JournalBackups(folder, JournalFixtures.CLOCK).create(journal);
        }
        JournalBackups backups = new JournalBackups(folder, JournalFixtures.CLOCK);
        FileDamage.overwrite(backups.list().get(0).file(), 0, 100);
        FileDamage.overwrite(dir.resolve("journal.db"), 0, 100);

        JournalRecovery.Opened opened = JournalRecovery.open(dir.resolve("journal.db"), backups,
                JournalFixtures.validator(), JournalFixtures.CLOCK);
        try (Journal journal = opened.journal()) {
            assertThat(journal.all()).extracting(CheckIn::date).containsExactly(TODAY.minusDays(3));
            assertThat(opened.recovery().orElseThrow().restoredFrom().orElseThrow().date()).isEqualTo(TODAY.minusDays(1));
        }
    }

    @Test
    void withoutAnyBackupTheDamagedFileIsKeptAndANewJournalBegins() throws Exception {
        Path file = dir.resolve("journal.db");
        Files.writeString(file, "this is not sqlite, just text that is long enough to look odd");
        JournalRecovery.Opened opened = JournalRecovery.open(file, new JournalBackups(dir.resolve("backups"),
                JournalFixtures.CLOCK), JournalFixtures.validator(), JournalFixtures.CLOCK);
        try (Journal journal = opened.journal()) {
            assertThat(journal.all()).isEmpty();
            JournalRecovery.Report report = opened.recovery().orElseThrow();
            assertThat(report.restoredFrom()).isEmpty();
            assertThat(report.describe()).contains("no usable backup").contains("new, empty journal");
            assertThat(report.setAside()).hasContent("this is not sqlite, just text that is long enough to look odd");
        }
    }

    @Test
    void aHealthyJournalOpensWithoutAnyRecovery() throws Exception {
        try (Journal journal = JournalFixtures.open(dir)) {
            journal.save(CheckIn.on(TODAY, 3).build());
        }
        JournalRecovery.Opened opened = JournalRecovery.open(dir.resolve("journal.db"),
                new JournalBackups(dir.resolve("backups"), JournalFixtures.CLOCK), JournalFixtures.validator(),
                JournalFixtures.CLOCK);
        try (Journal journal = opened.journal()) {
            assertThat(opened.recovery()).isEmpty();
            assertThat(journal.all()).hasSize(1);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("damaged"));
        }
    }
}
