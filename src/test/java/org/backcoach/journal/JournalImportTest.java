package org.backcoach.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export to JSON and import back: no loss, no duplicates, and the person sees what will change. */
class JournalImportTest {

    @TempDir
    Path dir;

    @Test
    void exportThenImportIntoAnEmptyJournalRestoresEverythingAndASecondImportChangesNothing() throws Exception {
        Path file = dir.resolve("export.json");
        List<CheckIn> checkIns;
        List<ExerciseLogEntry> log;
        try (Journal source = JournalFixtures.open(dir.resolve("a"))) {
            for (int d = 0; d < 40; d++) {
                CheckIn day = d % 3 == 0 ? JournalFixtures.full(TODAY.minusDays(d))
                        : CheckIn.on(TODAY.minusDays(d), d % 11).note("day \"" + d + "\", ok\nline two 😖").build();
                source.save(day);
                source.logExercise(new ExerciseLogEntry("cat-cow", TODAY.minusDays(d).atTime(9, 0), 1, 10, null, d % 5));
            }
            source.logExercise(new ExerciseLogEntry("childs-pose", TODAY.atTime(9, 30), 2, null, 30, 1));
            source.setEpisodeStart(Optional.of(TODAY.minusDays(35)));
            source.recordMovementBreak(TODAY.atTime(10, 0));
            source.recordSafetyReview(SafetyReview.screening(TODAY.minusDays(35).atTime(8, 0), Set.of()));
            checkIns = source.all();
            log = source.exerciseLog();
            new JournalExport(JournalFixtures.CLOCK).writeJson(source.contents(), file);
        }
        try (Journal empty = JournalFixtures.open(dir.resolve("b"))) {
            ImportData data = JournalImport.read(file);
            ImportPlan preview = JournalImport.plan(empty, data);
            assertThat(preview.added()).hasSize(40);
            assertThat(preview.exercisesAdded()).hasSize(41);
            assertThat(preview.newEpisodeStart()).contains(TODAY.minusDays(35));
            assertThat(preview.movementBreaksAdded()).containsExactly(TODAY.atTime(10, 0));
            assertThat(preview.safetyReviewsAdded()).hasSize(1);
            assertThat(empty.all()).as("a preview changes nothing").isEmpty();

            JournalImport.apply(empty, data);
            assertThat(empty.all()).isEqualTo(checkIns);
            assertThat(empty.exerciseLog()).isEqualTo(log);
            assertThat(empty.episodeStart()).contains(TODAY.minusDays(35));
            assertThat(empty.movementBreakLog()).containsExactly(TODAY.atTime(10, 0));
            assertThat(empty.safetyReviews()).extracting(SafetyReview::kind).containsExactly(SafetyReview.Kind.SCREENING);

            ImportPlan again = JournalImport.apply(empty, JournalImport.read(file));
            assertThat(again.changesNothing()).isTrue();
            assertThat(again.unchanged()).isEqualTo(40);
            assertThat(again.exercisesUnchanged()).isEqualTo(41);
            assertThat(empty.all()).isEqualTo(checkIns);
            assertThat(empty.exerciseLog()).hasSize(41);
            assertThat(empty.movementBreakLog()).hasSize(1);
            assertThat(empty.safetyReviews()).hasSize(1);
            assertThat(empty.history().trash()).isEmpty();
        }
    }

    @Test
    void mergingByDateAddsNewDaysReplacesChangedOnesAndTrashesTheReplacedVersion() throws Exception {
        Path file = dir.resolve("export.json");
        CheckIn kept = CheckIn.on(TODAY.minusDays(2), 5).build();
        CheckIn fileVersion = CheckIn.on(TODAY.minusDays(1), 3).factors(Set.of("heat")).note("from the file").build();
        CheckIn onlyInFile = CheckIn.on(TODAY.minusDays(5), 6).build();
        new JournalExport(JournalFixtures.CLOCK).writeJson(JournalContents.of(List.of(onlyInFile, kept, fileVersion), List.of()), file);
        try (Journal journal = JournalFixtures.open(dir)) {
            journal.save(kept);
            CheckIn local = journal.save(CheckIn.on(TODAY.minusDays(1), 7).note("typed here").build());
            CheckIn onlyHere = journal.save(CheckIn.on(TODAY, 2).build());

            ImportPlan plan = JournalImport.plan(journal, JournalImport.read(file));
            assertThat(plan.added()).containsExactly(onlyInFile);
            assertThat(plan.unchanged()).isEqualTo(1);
            assertThat(plan.replaced()).singleElement().satisfies(r -> {
                assertThat(r.current()).isEqualTo(local);
                assertThat(r.incoming()).isEqualTo(fileVersion);
                assertThat(r.differences()).containsExactly(CheckInField.PAIN_NOW, CheckInField.FACTORS, CheckInField.NOTE);
            });

            JournalImport.apply(journal, JournalImport.read(file));
            assertThat(journal.all()).containsExactly(onlyInFile, kept, fileVersion, onlyHere);
            assertThat(journal.history().trash()).singleElement().satisfies(entry -> {
                assertThat(entry.checkIn()).isEqualTo(local);
                assertThat(entry.reason()).isEqualTo(TrashEntry.Reason.REPLACED_BY_IMPORT);
            });
            assertThat(journal.history().lastChange()).as("undo starts afresh after an import").isEmpty();
        }
    }

    @Test
    void badValuesNameTheItemAndNothingIsImported() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), """
                {"format": "backcoach-journal", "formatVersion": 1, "exportedAt": "2026-11-21T10:00:00",
                 "checkIns": [
                   {"date": "2026-11-01", "painNow": 4},
                   {"date": "2026-11-02", "painNow": 12, "factors": ["cake"]},
                   {"date": "2026-11-01", "painNow": 5}
                 ],
                 "exerciseLog": [{"exerciseId": "moonwalk", "doneAt": "2026-11-01T09:00", "sets": 1, "painDuring": 2}]}
                """);
        try (Journal journal = JournalFixtures.open(dir)) {
            ImportData data = JournalImport.read(file);
            assertThatThrownBy(() -> JournalImport.apply(journal, data)).isInstanceOf(InvalidImportException.class)
                    .hasMessageContaining("bad.json cannot be imported; nothing was changed")
                    .satisfies(e -> assertThat(((InvalidImportException) e).problems()).containsExactly(
                            "checkIns[1] (2026-11-02): pain now: must be between 0 and 10, not 12",
                            "checkIns[1] (2026-11-02): factors: unknown id cake; known: " + String.join(", ",
                                    new java.util.TreeSet<>(JournalFixtures.FACTORS)),
                            "checkIns[2] (2026-11-01): this date appears more than once in the file",
                            "exerciseLog[0] (moonwalk at 2026-11-01T09:00): " + journal.rules().problems(
                                    new ExerciseLogEntry("moonwalk", TODAY.atTime(9, 0), 1, null, null, 2)).get(0)));
            assertThat(journal.all()).isEmpty();
        }
    }

    @Test
    void filesThatAreNotExportsAreRefusedPlainly() throws Exception {
        assertRefused(Files.writeString(dir.resolve("a.json"), "{not json"), "is not valid JSON");
        assertRefused(Files.writeString(dir.resolve("b.json"), "{\"format\": \"other\", \"formatVersion\": 1}"),
                "not a BackCoach journal export");
        assertRefused(Files.writeString(dir.resolve("c.json"),
                "{\"format\": \"backcoach-journal\", \"formatVersion\": 2, \"checkIns\": []}"), "newer BackCoach");
        assertRefused(Files.writeString(dir.resolve("d.json"), "{\"format\": \"backcoach-journal\", \"formatVersion\": 1, "
                + "\"checkIns\": [{\"date\": \"2026-11-01\"}]}"), "checkIns[0].painNow: is missing");
        assertRefused(Files.writeString(dir.resolve("e.json"), "{\"format\": \"backcoach-journal\", \"formatVersion\": 1, "
                + "\"checkIns\": [{\"date\": \"yesterday\", \"painNow\": 3}]}"), "checkIns[0].date: 'yesterday' is not a date");
        assertRefused(Files.writeString(dir.resolve("f.json"), "{\"format\": \"backcoach-journal\", \"formatVersion\": 1, "
                + "\"checkIns\": [{\"date\": \"2026-11-01\", \"painNow\": 3, \"mood\": 4}]}"), "checkIns[0].mood: is not a field");
        assertRefused(dir.resolve("missing.json"), "no such file");
        assertRefused(dir, "folder");
    }

    private static void assertRefused(Path file, String expected) {
        assertThatThrownBy(() -> JournalImport.read(file)).isInstanceOf(InvalidImportException.class)
                .hasMessageContaining(file.getFileName().toString()).hasMessageContaining(expected);
    }
}
