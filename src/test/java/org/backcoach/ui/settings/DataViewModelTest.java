package org.backcoach.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.nio.file.Files;
import java.nio.file.Path;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalBackups;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.UiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings → Backups and your data, without a running FX toolkit. */
class DataViewModelTest {

    @TempDir
    Path dir;

    private static DataViewModel model(Journal journal, Path folder) {
        return new DataViewModel(journal, new JournalBackups(folder.resolve("backups"), JournalFixtures.CLOCK),
                Async.direct(), UiTestSupport.english(), JournalFixtures.CLOCK);
    }

    @Test
    void backUpNowThenRestoreBringsTheJournalBack() throws Exception {
        try (Journal journal = JournalFixtures.open(dir)) {
            DataViewModel model = model(journal, dir);
            model.refreshBackupInfo();
            assertThat(model.backupInfoProperty().get()).isEqualTo("No backups yet.");
            journal.save(CheckIn.on(TODAY.minusDays(1), 5).build());
            model.backUpNow();
            assertThat(model.statusProperty().get()).isEqualTo("Backed up your journal as journal-2026-11-21-103000.db.");
            assertThat(model.backupInfoProperty().get()).startsWith("1 of at most 14 backups kept");
            assertThat(model.busyProperty().get()).isFalse();

            journal.save(CheckIn.on(TODAY, 9).build());
            model.restore(dir.resolve("backups").resolve("journal-2026-11-21-103000.db"));
            assertThat(journal.all()).extracting(CheckIn::date).containsExactly(TODAY.minusDays(1));
            assertThat(model.statusProperty().get()).startsWith("Restored journal-2026-11-21-103000.db: your journal now holds 1 check-ins")
                    .contains("journal.db.before-restore-");

            model.restore(Files.writeString(dir.resolve("notes.txt"), "hello"));
            assertThat(model.statusProperty().get()).startsWith("That did not work:").contains("not changed");
        }
    }

    @Test
    void importShowsWhatWillChangeFirstAndAppliesOnlyWhenAsked() throws Exception {
        Path export = dir.resolve("export.json");
        try (Journal source = JournalFixtures.open(dir.resolve("a"))) {
            source.save(CheckIn.on(TODAY.minusDays(2), 6).build());
            source.save(CheckIn.on(TODAY.minusDays(1), 4).note("from the file").build());
            model(source, dir.resolve("a")).exportJson(export);
        }
        try (Journal target = JournalFixtures.open(dir.resolve("b"))) {
            target.save(CheckIn.on(TODAY.minusDays(1), 8).build());
            DataViewModel model = model(target, dir.resolve("b"));
            model.previewImport(export);
            assertThat(model.importPendingProperty().get()).isTrue();
            assertThat(model.importPreviewProperty().get()).contains("• Add one new check-in, Nov 19, 2026 to Nov 19, 2026")
                    .contains("• Replace one changed check-in with the file’s version")
                    .contains("    Nov 20, 2026: pain now, note");
            assertThat(target.all()).as("nothing changes before the person agrees").hasSize(1);

            model.applyImport();
            assertThat(target.all()).extracting(CheckIn::painNow).containsExactly(6, 4);
            assertThat(model.statusProperty().get()).startsWith("Imported 1 new and 1 changed check-ins")
                    .contains("A backup from just before the import is journal-");
            assertThat(model.importPendingProperty().get()).isFalse();

            model.previewImport(export);
            assertThat(model.statusProperty().get()).startsWith("Nothing to import");
            assertThat(model.importPendingProperty().get()).isFalse();
        }
    }

    @Test
    void aFileThatCannotBeImportedListsItsProblems() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"backcoach-journal\", \"formatVersion\": 1, "
                + "\"checkIns\": [{\"date\": \"2026-11-01\", \"painNow\": 14}]}");
        try (Journal journal = JournalFixtures.open(dir)) {
            DataViewModel model = model(journal, dir);
            model.previewImport(bad);
            assertThat(model.statusProperty().get()).isEqualTo("bad.json cannot be imported (one problem); nothing was changed.");
            assertThat(model.importPreviewProperty().get()).contains("pain now: must be between 0 and 10, not 14");
            assertThat(model.importPendingProperty().get()).isFalse();
            model.applyImport();
            assertThat(journal.all()).isEmpty();
        }
    }

    @Test
    void exportAsCsvWritesOneFilePerTable() throws Exception {
        try (Journal journal = JournalFixtures.open(dir)) {
            journal.save(JournalFixtures.full(TODAY));
            model(journal, dir).exportCsv(dir.resolve("csv"));
            assertThat(dir.resolve("csv").resolve("checkin.csv")).exists();
            assertThat(dir.resolve("csv").resolve("checkin_item.csv")).exists();
            assertThat(dir.resolve("csv").resolve("exercise_log.csv")).exists();
        }
    }
}
