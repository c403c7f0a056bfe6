package org.backcoach.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trash and undo, against a real SQLite file. */
class JournalHistoryTest {

    private static final java.time.LocalDate DAY = TODAY.minusDays(3);

    @TempDir
    Path dir;
    private Journal journal;
    private JournalHistory history;

    @BeforeEach
    void open() {
        journal = JournalFixtures.open(dir);
        history = journal.history();
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void aDeletedDayGoesToTheTrashAndCanBeRestored() throws Exception {
        CheckIn saved = journal.save(JournalFixtures.full(DAY));
        assertThat(history.delete(DAY)).isTrue();
        assertThat(journal.find(DAY)).isEmpty();
        List<TrashEntry> trash = history.trash();
        assertThat(trash).singleElement().satisfies(entry -> {
            assertThat(entry.checkIn()).isEqualTo(saved);
            assertThat(entry.reason()).isEqualTo(TrashEntry.Reason.DELETED);
            assertThat(entry.trashedAt()).isEqualTo(TODAY.atTime(10, 30));
        });
        assertThat(history.restore(trash.get(0).id())).isEqualTo(saved);
        assertThat(journal.find(DAY)).contains(saved);
        assertThat(history.trash()).isEmpty();
        assertThat(history.delete(TODAY.minusDays(40))).as("nothing to delete").isFalse();
    }

    @Test
    void undoTakesBackAnEditAndKeepsTheUndoneVersionInTheTrash() throws Exception {
        CheckIn first = journal.save(JournalFixtures.full(DAY));
        CheckIn edited = journal.save(first.toBuilder().painNow(2).note("much better").build());
        assertThat(history.lastChange()).hasValueSatisfying(change -> {
            assertThat(change.kind()).isEqualTo(JournalChange.Kind.EDITED);
            assertThat(change.date()).isEqualTo(DAY);
        });
        assertThat(history.undo()).map(JournalChange::kind).contains(JournalChange.Kind.EDITED);
        assertThat(journal.find(DAY)).contains(first);
        assertThat(history.trash()).extracting(TrashEntry::checkIn).containsExactly(edited);
        assertThat(history.trash().get(0).reason()).isEqualTo(TrashEntry.Reason.UNDONE);
        // The save that created the day is next on the stack.
        assertThat(history.undo()).map(JournalChange::kind).contains(JournalChange.Kind.ADDED);
        assertThat(journal.all()).isEmpty();
        assertThat(history.undo()).isEmpty();
    }

    @Test
    void undoBringsBackADeletedDayAndEmptiesItsTrashEntry() throws Exception {
        CheckIn saved = journal.save(JournalFixtures.full(DAY));
        history.delete(DAY);
        assertThat(history.lastChange()).map(JournalChange::kind).contains(JournalChange.Kind.DELETED);
        history.undo();
        assertThat(journal.find(DAY)).contains(saved);
        assertThat(history.trash()).isEmpty();
    }

    @Test
    void restoringOntoAnOccupiedDayTrashesTheCurrentOneAndUndoSwapsBack() throws Exception {
        CheckIn old = journal.save(CheckIn.on(DAY, 7).note("old").build());
        history.delete(DAY);
        CheckIn newer = journal.save(CheckIn.on(DAY, 4).note("newer").build());
        long oldId = history.trash().get(0).id();
        history.restore(oldId);
        assertThat(journal.find(DAY)).contains(old);
        assertThat(history.trash()).singleElement().satisfies(entry -> {
            assertThat(entry.checkIn()).isEqualTo(newer);
            assertThat(entry.reason()).isEqualTo(TrashEntry.Reason.REPLACED_BY_RESTORE);
        });
        assertThat(history.undo()).map(JournalChange::kind).contains(JournalChange.Kind.RESTORED);
        assertThat(journal.find(DAY)).contains(newer);
        assertThat(history.trash()).extracting(TrashEntry::checkIn).containsExactly(old);
    }

    @Test
    void savingTheSameValuesAgainLeavesNoUndoRecord() throws Exception {
        CheckIn saved = journal.save(JournalFixtures.full(DAY));
        JournalChange added = history.lastChange().orElseThrow();
        journal.save(saved);
        assertThat(history.lastChange()).contains(added);
    }

    @Test
    void anUndoAfterAnImportChangedTheDayIsRefusedAndChangesNothing() throws Exception {
        journal.save(CheckIn.on(DAY, 5).build());
        // Another program (here: SQL) changes the day without an undo record.
        journal.inTransaction(() -> {
            try (var s = journal.connection().createStatement()) {
                s.executeUpdate("UPDATE checkin SET pain_now = 9 WHERE day = '" + DAY + "'");
            }
            return null;
        });
        assertThatThrownBy(history::undo).isInstanceOf(JournalException.class)
                .hasMessageContaining("has changed since").hasMessageContaining("Nothing was changed");
        assertThat(journal.find(DAY).map(CheckIn::painNow)).contains(9);
        assertThat(history.lastChange()).as("the stale record is forgotten").isEmpty();
    }

    @Test
    void purgingDeletesForGoodAndTheUndoHistoryIsBounded() throws Exception {
        journal.save(CheckIn.on(DAY, 5).build());
        history.delete(DAY);
        assertThat(history.purge(history.trash().get(0).id())).isTrue();
        assertThat(history.trash()).isEmpty();
        for (int i = 0; i < JournalHistory.UNDO_DEPTH + 10; i++) {
            journal.save(CheckIn.on(DAY, i % 11).build());
        }
        int undone = 0;
        while (history.lastChange().isPresent()) {
            history.undo();
            undone++;
        }
        assertThat(undone).isEqualTo(JournalHistory.UNDO_DEPTH);
    }

    @Test
    void historySurvivesReopening() throws Exception {
        CheckIn first = journal.save(CheckIn.on(DAY, 6).build());
        journal.save(first.toBuilder().painNow(3).build());
        journal.close();
        journal = JournalFixtures.open(dir);
        assertThat(journal.history().undo()).isPresent();
        assertThat(journal.find(DAY)).contains(first);
        assertThat(journal.history().trash()).hasSize(1);
        assertThat(journal.episodeStart()).isEmpty();
        journal.setEpisodeStart(Optional.of(DAY));
        assertThat(journal.episodeStart()).contains(DAY);
        journal.setEpisodeStart(Optional.empty());
        assertThat(journal.episodeStart()).isEmpty();
        assertThatThrownBy(() -> journal.setEpisodeStart(Optional.of(TODAY.plusDays(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
