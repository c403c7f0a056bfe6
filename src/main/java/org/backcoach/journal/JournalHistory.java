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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The journal's trash and undo history. A deleted day goes to the trash, whole, in the same
 * transaction as the delete. Undo records are kept in memory while the journal is open and
 * written to {@code undo_log} when it closes: a save then costs no extra page in its commit (see
 * docs/performance.md), and undo still works after a restart. A crash loses only the undo records
 * of that session, never a check-in or the trash.
 */
public final class JournalHistory {

    private static final Logger LOG = Logger.getLogger(JournalHistory.class.getName());

    /** How many changes can be undone one after another; older ones are forgotten. */
    static final int UNDO_DEPTH = 50;

    private final Journal journal;
    private final Clock clock;
    /** Changes of this session not yet in undo_log, newest last. */
    private final Deque<Change> pending = new ArrayDeque<>();

    JournalHistory(Journal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    /** Moves the day's check-in to the trash; false when the day has none. {@link #undo()} takes it back. */
    public boolean delete(LocalDate day) {
        synchronized (journal) {
            Optional<Change> change = journal.inTransaction(() -> {
                Optional<CheckIn> current = journal.readDay(day);
                if (current.isEmpty()) {
                    return Optional.<Change>empty();
                }
                long trashId = toTrash(current.get(), TrashEntry.Reason.DELETED);
                journal.deleteDay(day);
                return Optional.of(change("deleted", day, current, Optional.empty(), trashId));
            });
            change.ifPresent(this::remember);
            return change.isPresent();
        }
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
        synchronized (journal) {
            Change change = journal.inTransaction(() -> {
                TrashEntry entry = trashEntry(trashId).orElseThrow(() ->
                        new JournalException("That check-in is no longer in the trash; nothing was changed."));
                Optional<CheckIn> current = journal.readDay(entry.date());
                Long replacedId = null;
                if (current.isPresent()) {
                    replacedId = toTrash(current.get(), TrashEntry.Reason.REPLACED_BY_RESTORE);
                }
                journal.write(entry.checkIn());
                purgeEntry(trashId);
                return change("restored", entry.date(), current, Optional.of(entry.checkIn()), replacedId);
            });
            remember(change);
            return change.after().orElseThrow();
        }
    }

    /** Deletes a trashed check-in for good. */
    public boolean purge(long trashId) {
        return journal.inTransaction(() -> purgeEntry(trashId));
    }

    /** The change {@link #undo()} would take back, if any. */
    public Optional<JournalChange> lastChange() {
        synchronized (journal) {
            return last().map(Change::describe);
        }
    }

    /**
     * Takes back the last save, delete or restore. The version being undone goes to the trash, so an
     * undo by mistake loses nothing. When the day was changed since in a way that kept no undo record
     * (another program, say), the record is forgotten, nothing else changes, and the refusal is thrown.
     */
    public Optional<JournalChange> undo() {
        synchronized (journal) {
            Optional<Change> last = last();
            if (last.isEmpty()) {
                return Optional.empty();
            }
            Change change = last.get();
            boolean stale = journal.inTransaction(() -> {
                if (change.id() > 0) {
                    forget(change.id());
                }
                if (!Objects.equals(journal.readDay(change.day()), change.after())) {
                    return true;
                }
                if (change.after().isPresent()) {
                    toTrash(change.after().get(), TrashEntry.Reason.UNDONE);
                    journal.deleteDay(change.day());
                }
                if (change.before().isPresent()) {
                    journal.write(change.before().get());
                }
                if (change.trashId() != null) {
                    purgeEntry(change.trashId());
                }
                return false;
            });
            if (change.id() == 0) {
                pending.removeLast();
            }
            if (stale) {
                throw new JournalException("The check-in for " + change.day()
                        + " has changed since, so that change can no longer be undone. Nothing was changed.");
            }
            return Optional.of(change.describe());
        }
    }

    /** Called by the journal after a save has committed; the caller holds the journal's lock. */
    void recordSaved(Optional<CheckIn> before, CheckIn after) {
        if (before.isEmpty() || !before.get().equals(after)) {
            remember(change("saved", after.date(), before, Optional.of(after), null));
        }
    }

    /** Writes this session's undo records to undo_log, keeping the newest {@link #UNDO_DEPTH}. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        try {
            journal.inTransaction(() -> {
                try (PreparedStatement insert = c().prepareStatement("INSERT INTO undo_log "
                        + "(kind, day, before_json, after_json, trash_id, at) VALUES (?, ?, ?, ?, ?, ?)")) {
                    for (Change change : pending) {
                        insert.setString(1, change.kind());
                        insert.setString(2, change.day().toString());
                        insert.setString(3, change.before().map(this::snapshot).orElse(null));
                        insert.setString(4, change.after().map(this::snapshot).orElse(null));
                        if (change.trashId() == null) {
                            insert.setNull(5, java.sql.Types.INTEGER);
                        } else {
                            insert.setLong(5, change.trashId());
                        }
                        insert.setString(6, change.at().toString());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                try (PreparedStatement prune = c().prepareStatement(
                        "DELETE FROM undo_log WHERE id <= (SELECT max(id) FROM undo_log) - ?")) {
                    prune.setInt(1, UNDO_DEPTH);
                    prune.executeUpdate();
                }
                return null;
            });
            pending.clear();
        } catch (JournalException e) {
            // The check-ins are safe; only this session's undo records are lost.
            LOG.log(Level.WARNING, "could not keep the undo history", e);
        }
    }

    /** After an import or a restored backup the undo records may describe days that changed; start afresh. */
    void forgetAll() throws SQLException {
        pending.clear();
        try (Statement s = c().createStatement()) {
            s.executeUpdate("DELETE FROM undo_log");
        }
    }

    long toTrash(CheckIn checkIn, TrashEntry.Reason reason) throws SQLException {
        try (PreparedStatement insert = c().prepareStatement(
                "INSERT INTO trash (day, deleted_at, reason, snapshot) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, checkIn.date().toString());
            insert.setString(2, now().toString());
            insert.setString(3, reason.sql());
            insert.setString(4, snapshot(checkIn));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void remember(Change change) {
        pending.addLast(change);
        if (pending.size() > UNDO_DEPTH) {
            pending.removeFirst();
        }
    }

    /** The newest change: this session's, else the newest kept in undo_log. */
    private Optional<Change> last() {
        if (!pending.isEmpty()) {
            return Optional.of(pending.peekLast());
        }
        return journal.read("the undo history", () -> {
            try (Statement s = c().createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id, kind, day, before_json, after_json, trash_id, at FROM undo_log ORDER BY id DESC LIMIT 1")) {
                if (!rs.next()) {
                    return Optional.<Change>empty();
                }
                long trashId = rs.getLong(6);
                Long trash = rs.wasNull() ? null : trashId;
                return Optional.of(new Change(rs.getLong(1), rs.getString(2), LocalDate.parse(rs.getString(3)),
                        Optional.ofNullable(rs.getString(4)).map(this::fromSnapshot),
                        Optional.ofNullable(rs.getString(5)).map(this::fromSnapshot), trash,
                        LocalDateTime.parse(rs.getString(7))));
            }
        });
    }

    private boolean purgeEntry(long trashId) throws SQLException {
        try (PreparedStatement delete = c().prepareStatement("DELETE FROM trash WHERE id = ?")) {
            delete.setLong(1, trashId);
            return delete.executeUpdate() > 0;
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

    private void forget(long id) throws SQLException {
        try (PreparedStatement delete = c().prepareStatement("DELETE FROM undo_log WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    private Change change(String kind, LocalDate day, Optional<CheckIn> before, Optional<CheckIn> after, Long trashId) {
        return new Change(0, kind, day, before, after, trashId, now());
    }

    private TrashEntry entry(ResultSet rs) throws SQLException {
        return new TrashEntry(rs.getLong(1), LocalDateTime.parse(rs.getString(2)),
                TrashEntry.Reason.ofSql(rs.getString(3)), fromSnapshot(rs.getString(4)));
    }

    /** Snapshots in the shape of this journal's export. */
    private String snapshot(CheckIn checkIn) {
        return Snapshots.write(checkIn, journal.fields());
    }

    private CheckIn fromSnapshot(String json) {
        return Snapshots.read(json, journal.fields());
    }

    private Connection c() {
        return journal.connection();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * One change as undo needs it: the day before and after, and the trash entry the change made.
     * {@code id} is its row in undo_log, or 0 while it is only in memory.
     */
    private record Change(long id, String kind, LocalDate day, Optional<CheckIn> before, Optional<CheckIn> after,
                          Long trashId, LocalDateTime at) {
        JournalChange describe() {
            JournalChange.Kind k = switch (kind) {
                case "saved" -> before.isPresent() ? JournalChange.Kind.EDITED : JournalChange.Kind.ADDED;
                case "deleted" -> JournalChange.Kind.DELETED;
                case "restored" -> JournalChange.Kind.RESTORED;
                default -> throw new JournalException("Unknown change '" + kind + "' in the journal's undo log");
            };
            return new JournalChange(k, day, at);
        }
    }
}
