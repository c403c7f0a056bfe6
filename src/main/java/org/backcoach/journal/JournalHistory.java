package org.backcoach.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The journal's trash and undo history. A deleted day goes to the trash, whole; every save, delete
 * and restore leaves an undo record written in the same transaction as the change itself.
 */
public final class JournalHistory {

    /** How many changes can be undone one after another; older ones are forgotten. */
    static final int UNDO_DEPTH = 50;

    private final Journal journal;
    private final Clock clock;

    JournalHistory(Journal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    /** Moves the day's check-in to the trash; false when the day has none. {@link #undo()} takes it back. */
    public boolean delete(LocalDate day) {
        return journal.inTransaction(() -> {
            Optional<CheckIn> current = journal.readDay(day);
            if (current.isEmpty()) {
                return false;
            }
            long trashId = toTrash(current.get(), TrashEntry.Reason.DELETED);
            journal.deleteDay(day);
            record("deleted", day, current, Optional.empty(), trashId);
            return true;
        });
    }

    /** Everything in the trash, most recently trashed first. */
    public List<TrashEntry> trash() {
        synchronized (journal) {
            return journal.read("the trash", () -> {
                List<TrashEntry> entries = new ArrayList<>();
                try (Statement s = c().createStatement();
                     ResultSet rs = s.executeQuery("SELECT id, deleted_at, reason, snapshot FROM trash ORDER BY id DESC")) {
                    while (rs.next()) {
                        entries.add(entry(rs));
                    }
                }
                return entries;
            });
        }
    }

    /** Brings a day back from the trash; a check-in saved since for that day goes to the trash in its place. */
    public CheckIn restore(long trashId) {
        return journal.inTransaction(() -> {
            TrashEntry entry = trashEntry(trashId).orElseThrow(() ->
                    new JournalException("That check-in is no longer in the trash; nothing was changed."));
            Optional<CheckIn> current = journal.readDay(entry.date());
            Long replacedId = null;
            if (current.isPresent()) {
                replacedId = toTrash(current.get(), TrashEntry.Reason.REPLACED_BY_RESTORE);
            }
            journal.write(entry.checkIn());
            purgeEntry(trashId);
            record("restored", entry.date(), current, Optional.of(entry.checkIn()), replacedId);
            return entry.checkIn();
        });
    }

    /** Deletes a trashed check-in for good. */
    public boolean purge(long trashId) {
        return journal.inTransaction(() -> purgeEntry(trashId));
    }

    /** The change {@link #undo()} would take back, if any. */
    public Optional<JournalChange> lastChange() {
        synchronized (journal) {
            return journal.read("the undo history", this::last);
        }
    }

    /**
     * Takes back the last save, delete or restore. The version being undone goes to the trash, so an
     * undo by mistake loses nothing. When the day was changed since in a way that kept no undo record
     * (an import), the record is forgotten, nothing else changes, and the refusal is thrown.
     */
    public Optional<JournalChange> undo() {
        Optional<UndoResult> result = journal.inTransaction(this::undoLast);
        if (result.isPresent() && result.get().stale()) {
            throw new JournalException("The check-in for " + result.get().change().date()
                    + " has changed since, so that change can no longer be undone. Nothing was changed.");
        }
        return result.map(UndoResult::change);
    }

    void recordSaved(Optional<CheckIn> before, CheckIn after) throws SQLException {
        if (before.isPresent() && before.get().equals(after)) {
            return;
        }
        record("saved", after.date(), before, Optional.of(after), null);
    }

    private Optional<JournalChange> last() throws SQLException {
        try (Statement s = c().createStatement();
             ResultSet rs = s.executeQuery("SELECT id, kind, day, before_json, at FROM undo_log ORDER BY id DESC LIMIT 1")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new JournalChange(rs.getLong(1), kind(rs.getString(2), rs.getString(4) != null),
                    LocalDate.parse(rs.getString(3)), LocalDateTime.parse(rs.getString(5))));
        }
    }

    private Optional<UndoResult> undoLast() throws SQLException {
        Optional<JournalChange> last = last();
        if (last.isEmpty()) {
            return Optional.empty();
        }
        JournalChange change = last.get();
        Optional<CheckIn> before;
        Optional<CheckIn> after;
        Long trashId;
        try (PreparedStatement select = c().prepareStatement(
                "SELECT before_json, after_json, trash_id FROM undo_log WHERE id = ?")) {
            select.setLong(1, change.id());
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                before = Optional.ofNullable(rs.getString(1)).map(Snapshots::read);
                after = Optional.ofNullable(rs.getString(2)).map(Snapshots::read);
                long id = rs.getLong(3);
                trashId = rs.wasNull() ? null : id;
            }
        }
        forget(change.id());
        if (!Objects.equals(journal.readDay(change.date()), after)) {
            return Optional.of(new UndoResult(change, true));
        }
        if (after.isPresent()) {
            toTrash(after.get(), TrashEntry.Reason.UNDONE);
            journal.deleteDay(change.date());
        }
        if (before.isPresent()) {
            journal.write(before.get());
        }
        if (trashId != null) {
            purgeEntry(trashId);
        }
        return Optional.of(new UndoResult(change, false));
    }

    long toTrash(CheckIn checkIn, TrashEntry.Reason reason) throws SQLException {
        try (PreparedStatement insert = c().prepareStatement(
                "INSERT INTO trash (day, deleted_at, reason, snapshot) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, checkIn.date().toString());
            insert.setString(2, now());
            insert.setString(3, reason.sql());
            insert.setString(4, Snapshots.write(checkIn));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private boolean purgeEntry(long trashId) throws SQLException {
        try (PreparedStatement delete = c().prepareStatement("DELETE FROM trash WHERE id = ?")) {
            delete.setLong(1, trashId);
            return delete.executeUpdate() > 0;
        }
    }

    /** After an import or a restored backup the undo records may describe days that changed; start afresh. */
    void forgetAll() throws SQLException {
        try (Statement s = c().createStatement()) {
            s.executeUpdate("DELETE FROM undo_log");
        }
    }

    private Optional<TrashEntry> trashEntry(long id) throws SQLException {
        try (PreparedStatement select = c().prepareStatement(
                "SELECT id, deleted_at, reason, snapshot FROM trash WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(entry(rs)) : Optional.empty();
            }
        }
    }

    private void record(String kind, LocalDate day, Optional<CheckIn> before, Optional<CheckIn> after,
                        Long trashId) throws SQLException {
        try (PreparedStatement insert = c().prepareStatement(
                "INSERT INTO undo_log (kind, day, before_json, after_json, trash_id, at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, kind);
            insert.setString(2, day.toString());
            insert.setString(3, before.map(Snapshots::write).orElse(null));
            insert.setString(4, after.map(Snapshots::write).orElse(null));
            if (trashId == null) {
                insert.setNull(5, java.sql.Types.INTEGER);
            } else {
                insert.setLong(5, trashId);
            }
            insert.setString(6, now());
            insert.executeUpdate();
        }
        try (PreparedStatement prune = c().prepareStatement(
                "DELETE FROM undo_log WHERE id <= (SELECT max(id) FROM undo_log) - ?")) {
            prune.setInt(1, UNDO_DEPTH);
            prune.executeUpdate();
        }
    }

    private void forget(long id) throws SQLException {
        try (PreparedStatement delete = c().prepareStatement("DELETE FROM undo_log WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    private static TrashEntry entry(ResultSet rs) throws SQLException {
        return new TrashEntry(rs.getLong(1), LocalDateTime.parse(rs.getString(2)),
                TrashEntry.Reason.ofSql(rs.getString(3)), Snapshots.read(rs.getString(4)));
    }

    private static JournalChange.Kind kind(String sql, boolean hadBefore) {
        return switch (sql) {
            case "saved" -> hadBefore ? JournalChange.Kind.EDITED : JournalChange.Kind.ADDED;
            case "deleted" -> JournalChange.Kind.DELETED;
            case "restored" -> JournalChange.Kind.RESTORED;
            default -> throw new JournalException("Unknown change '" + sql + "' in the journal's undo log");
        };
    }

    private Connection c() {
        return journal.connection();
    }

    private String now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private record UndoResult(JournalChange change, boolean stale) {
    }
}
