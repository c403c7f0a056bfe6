package org.backcoach.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work on the journal as a file: a consistent copy for a backup, SQLite's integrity check, and
 * replacing the journal with a backup while the app keeps the same {@link Journal} object.
 */
public final class JournalMaintenance {

    private static final Logger LOG = Logger.getLogger(JournalMaintenance.class.getName());

    private final Journal journal;
    private final Clock clock;

    JournalMaintenance(Journal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    /** Writes a consistent copy of the whole journal to {@code target}, which must not exist yet or be empty. */
    public void copyTo(Path target) {
        synchronized (journal) {
            // VACUUM refuses to run while any statement is active; the cached ones are rebuilt on the next save.
            journal.closeStatements();
            try (Statement s = journal.connection().createStatement()) {
                s.execute("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
            } catch (SQLException e) {
                throw new JournalException("Could not copy the journal to " + target + ": " + e.getMessage(), e);
            }
        }
    }

    /** SQLite's integrity check ({@code quick} skips the index cross-checks); empty when all is well. */
    public List<String> integrityProblems(boolean quick) {
        synchronized (journal) {
            try (Statement s = journal.connection().createStatement()) {
                return JournalFileSwap.integrity(s, quick ? "quick_check" : "integrity_check");
            } catch (SQLException e) {
                if (JournalConnections.isDamage(e)) {
                    return List.of(e.getMessage());
                }
                throw new JournalException("Could not check the journal " + journal.file() + ": " + e.getMessage(), e);
            }
        }
    }

    public JournalSummary summary() {
        synchronized (journal) {
            return journal.read("the journal", () -> {
                try (Statement s = journal.connection().createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT (SELECT count(*) FROM checkin), (SELECT min(day) FROM checkin), "
                                + "(SELECT max(day) FROM checkin), (SELECT count(*) FROM exercise_log), "
                                + "(SELECT count(*) FROM trash)")) {
                    rs.next();
                    return new JournalSummary(rs.getInt(1), Optional.ofNullable(rs.getString(2)).map(LocalDate::parse),
                            Optional.ofNullable(rs.getString(3)).map(LocalDate::parse), rs.getInt(4), rs.getInt(5));
                }
            });
        }
    }

    /**
     * Replaces the journal with {@code source} (a backup). The current file is kept as
     * {@code journal.db.before-restore-<time>}, never deleted; that name is returned. A source that is
     * damaged, not a journal, or from a newer BackCoach is refused and nothing changes. A crash at
     * any moment leaves either the old journal or the restored one in place (see
     * {@link JournalFileSwap#replaceKeepingAside}).
     */
    public Path replaceWith(Path source) {
        if (sameFile(source, journal.file())) {
            throw new JournalException(source + " is the journal itself, not a backup of it. Your journal was not changed.");
        }
        Optional<String> problem = JournalFileSwap.problemWith(source);
        if (problem.isPresent()) {
            throw new JournalException(source + " " + problem.get() + ". Your journal was not changed.");
        }
        synchronized (journal) {
            Path file = journal.file();
            Connection old = journal.connection();
            journal.closeStatements();
            checkpoint(old);
            JournalConnections.closeQuietly(old);
            Path aside;
            try {
                if (hasUnfoldedChanges(file)) {
                    throw new IOException("another program still has the journal open; close it and try again");
                }
                aside = JournalFileSwap.replaceKeepingAside(file, source, "before-restore", clock);
            } catch (IOException | RuntimeException e) {
                journal.replaceConnection(JournalConnections.open(file));
                throw new JournalException("Could not restore " + source + " (" + e.getMessage()
                        + "). Your journal was not changed.", e);
            }
            journal.replaceConnection(JournalConnections.open(file));
            journal.inTransaction(() -> {
                journal.history().forgetAll();
                return null;
            });
            return aside;
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** A -wal file that the checkpoint could not fold in means another connection is still open. */
    private static boolean hasUnfoldedChanges(Path file) throws IOException {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        return Files.exists(wal) && Files.size(wal) > 0;
    }

    /** Folds the WAL into the main file, so the file set aside is complete on its own. */
    private static void checkpoint(Connection c) {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "checkpoint before restore failed", e);
        }
    }
}
