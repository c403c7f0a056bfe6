package org.backcoach.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups, rotation and restoring a backup into the open journal, on real files. */
class JournalBackupsTest {

    @TempDir
    Path dir;

    @Test
    void aBackupIsAWholeReadableCopyAndRestoringItBringsTheDataBack() throws Exception {
        JournalBackups backups = new JournalBackups(dir.resolve("backups"), JournalFixtures.CLOCK);
        try (Journal journal = JournalFixtures.open(dir)) {
            CheckIn before = journal.save(JournalFixtures.full(TODAY.minusDays(1)));
            JournalBackups.Backup backup = backups.create(journal);
            assertThat(backup.file().getFileName().toString()).isEqualTo("journal-2026-11-21-103000.db");
            assertThat(backup.takenAt()).isEqualTo(TODAY.atTime(10, 30));
            assertThat(JournalFileSwap.problemWith(backup.file())).isEmpty();

            journal.save(CheckIn.on(TODAY, 9).note("after the backup").build());
            journal.history().delete(TODAY.minusDays(1));
            Path aside = journal.maintenance().replaceWith(backup.file());

            assertThat(journal.all()).containsExactly(before);
            assertThat(journal.history().lastChange()).as("undo starts afresh").isEmpty();
            assertThat(aside.getFileName().toString()).startsWith("journal.db.before-restore-2026-11-21-103000");
            assertThat(JournalFileSwap.problemWith(aside)).isEmpty();
            // The journal keeps working after the swap.
            journal.save(CheckIn.on(TODAY, 4).build());
            assertThat(journal.all()).hasSize(2);
        }
        try (Journal reopened = JournalFixtures.open(dir)) {
            assertThat(reopened.all()).hasSize(2);
        }
    }

    @Test
    void onlyTheNewestFourteenAreKeptAndOtherFilesAreNeverTouched() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("backups"));
        Path unrelated = Files.writeString(folder.resolve("my-notes.txt"), "keep me");
        try (Journal journal = JournalFixtures.open(dir)) {
            journal.save(CheckIn.on(TODAY, 3).build());
            for (int day = 20; day >= 0; day--) {
                new JournalBackups(folder, clockAt(TODAY.minusDays(day))).create(journal);
            }
            new JournalBackups(folder, clockAt(TODAY)).create(journal);
        }
        List<JournalBackups.Backup> kept = new JournalBackups(folder, JournalFixtures.CLOCK).list();
        assertThat(kept).hasSize(JournalBackups.KEEP);
        assertThat(kept.get(0).file().getFileName().toString()).isEqualTo("journal-2026-11-21-103000-2.db");
        assertThat(kept.get(1).file().getFileName().toString()).isEqualTo("journal-2026-11-21-103000.db");
        assertThat(kept.get(kept.size() - 1).date()).isEqualTo(TODAY.minusDays(12));
        assertThat(unrelated).hasContent("keep me");
    }

    @Test
    void theDailyBackupIsMadeOncePerDay() throws Exception {
        Path folder = dir.resolve("backups");
        try (Journal journal = JournalFixtures.open(dir)) {
            assertThat(new JournalBackups(folder, clockAt(TODAY.minusDays(1))).createIfDue(journal)).isPresent();
            JournalBackups today = new JournalBackups(folder, JournalFixtures.CLOCK);
            assertThat(today.createIfDue(journal)).isPresent();
            assertThat(today.createIfDue(journal)).isEmpty();
            assertThat(today.list()).hasSize(2);
        }
    }

    @Test
    void restoringSomethingThatIsNotAGoodJournalIsRefusedAndChangesNothing() throws Exception {
        try (Journal journal = JournalFixtures.open(dir)) {
            CheckIn saved = journal.save(CheckIn.on(TODAY, 5).build());
            Path text = Files.writeString(dir.resolve("export.json"), "{\"format\": \"backcoach-journal\"}");
            assertThatThrownBy(() -> journal.maintenance().replaceWith(text)).isInstanceOf(JournalException.class)
                    .hasMessageContaining("export.json is damaged or not a database")
                    .hasMessageContaining("Your journal was not changed");
            assertThatThrownBy(() -> journal.maintenance().replaceWith(dir.resolve("nothing.db")))
                    .hasMessageContaining("is not there");
            assertThat(journal.all()).containsExactly(saved);
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("before-restore"));
            }
        }
    }

    @Test
    void integrityOfAHealthyJournalIsOkAndTheSummaryCounts() throws Exception {
        try (Journal journal = JournalFixtures.open(dir)) {
            journal.save(CheckIn.on(TODAY.minusDays(4), 5).build());
            journal.save(CheckIn.on(TODAY, 5).build());
            journal.logExercise(new ExerciseLogEntry("cat-cow", TODAY.atTime(9, 0), 1, 10, null, 2));
            journal.history().delete(TODAY);
            assertThat(journal.maintenance().integrityProblems(false)).isEmpty();
            JournalSummary summary = journal.maintenance().summary();
            assertThat(summary).isEqualTo(new JournalSummary(1, java.util.Optional.of(TODAY.minusDays(4)),
                    java.util.Optional.of(TODAY.minusDays(4)), 1, 1));
        }
    }

    static Clock clockAt(java.time.LocalDate day) {
        return Clock.fixed(day.atTime(10, 30).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    }
}
