package org.backcoach.journal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import org.backcoach.files.OwnerOnly;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Connections to journal.db: opened with the durability settings and the schema brought up to
 * date, write transactions, closing. A file from a newer BackCoach is refused before anything
 * writes to it. Replacing the file itself is JournalFileSwap's.
 */
final class JournalConnections {

    private static final Logger LOG = Logger.getLogger(JournalConnections.class.getName());
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;
    private static final int HEADER_BYTES = 100;
    private static final int USER_VERSION_OFFSET = 60;
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private JournalConnections() {
    }

    static Connection open(Path file) {
        return open(file, JournalSchema.MIGRATIONS);
    }

    /** Opens with an explicit migration list; tests use it to play a future upgrade. */
    static Connection open(Path file, List<Migration> migrations) {
        int current = migrations.get(migrations.size() - 1).version();
        try {
            OwnerOnly.createFolders(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new JournalException("Cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        int version = Files.exists(file) ? peekVersion(file) : 0;
        if (version > current) {
            throw new JournalException(("%s was written by a newer BackCoach (journal version %d; this app knows up to %d). "
                    + "It was left untouched. Please update BackCoach to open it.")
                    .formatted(file, version, current));
        }
        ownerOnly(file);
        Connection connection = connect(file, durableConfig());
        try {
            int actual = userVersion(connection);
            if (actual > current) {
                closeQuietly(connection);
                throw new JournalException(("%s was written by a newer BackCoach (journal version %d; this app knows up "
                        + "to %d). Please update BackCoach to open it.").formatted(file, actual, current));
            }
            migrate(connection, file, actual, migrations);
            return connection;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (e instanceof JournalException je) {
                throw je;
            }
            String message = "Cannot update the journal " + file + ": " + e.getMessage();
            throw isDamage(e) ? new JournalDamagedException(message, e) : new JournalException(message, e);
        }
    }

    /**
     * A new journal starts as an empty owner-only file, because SQLite gives the -wal and -shm files
     * it creates the permissions of the database file; an existing one is tightened.
     */
    private static void ownerOnly(Path file) {
        try {
            if (!Files.exists(file)) {
                OwnerOnly.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            // Another BackCoach process created it a moment ago; SQLite opens it all the same.
        } catch (IOException e) {
            throw new JournalException("Cannot create the journal " + file + ": " + e.getMessage(), e);
        }
        for (String suffix : List.of("", "-wal", "-shm")) {
            OwnerOnly.tighten(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    /** SQLite's own verdict that the file is damaged or not a database at all (not a lock or a permission). */
    static boolean isDamage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                int primary = sql.getErrorCode() & 0xFF;
                if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
                    return true;
                }
            }
        }
        return false;
    }

    static SQLiteConfig durableConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        // FULL: a save the app has acknowledged survives a power cut, not only a crash.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5_000);
        return config;
    }

    /**
     * Reads user_version from the file's header (bytes 60-63): even a read-only SQLite connection
     * creates -wal and -shm files beside a WAL journal, and a file we must refuse stays untouched.
     * Only when a -wal file already exists, which may hold a newer version, does SQLite read it.
     */
    private static int peekVersion(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        byte[] header = new byte[HEADER_BYTES];
        int read;
        try {
            if (Files.exists(wal) && Files.size(wal) > 0) {
                return peekVersionWithSqlite(file);
            }
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(header, 0, HEADER_BYTES);
            }
        } catch (IOException e) {
            throw new JournalException("Cannot read the journal " + file + ": " + e.getMessage(), e);
        }
        if (read == 0) {
            return 0;
        }
        if (read < HEADER_BYTES || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new JournalDamagedException(file + " is not a readable BackCoach journal (file is not a database)", null);
        }
        return ByteBuffer.wrap(header, USER_VERSION_OFFSET, 4).getInt();
    }

    private static int peekVersionWithSqlite(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection c = connect(file, config); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            String message = file + " is not a readable BackCoach journal (" + e.getMessage() + ")";
            throw isDamage(e) ? new JournalDamagedException(message, e) : new JournalException(message, e);
        }
    }

    private static Connection connect(Path file, SQLiteConfig config) {
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        } catch (SQLException e) {
            String message = "Cannot open the journal " + file + ": " + e.getMessage();
            throw isDamage(e) ? new JournalDamagedException(message, e) : new JournalException(message, e);
        }
    }

    private static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void migrate(Connection c, Path file, int from, List<Migration> migrations) throws SQLException {
        if (from > 0 && from < migrations.get(migrations.size() - 1).version()) {
            copyAside(c, file, from);
        }
        for (Migration step : migrations) {
            if (step.version() <= from) {
                continue;
            }
            try {
                boolean done = writeTransaction(c, () -> {
                    // Read again under the write lock: another BackCoach process may have just done this step.
                    if (userVersion(c) >= step.version()) {
                        return false;
                    }
                    try (Statement s = c.createStatement()) {
                        for (String sql : step.statements()) {
                            s.execute(sql);
                        }
                        s.execute("PRAGMA user_version = " + step.version());
                    }
                    return true;
                });
                if (done) {
                    LOG.info(() -> "journal upgraded to version " + step.version() + " (" + step.description() + ")");
                }
            } catch (SQLException e) {
                throw new JournalException("Upgrading the journal to version %d failed and was rolled back: %s"
                        .formatted(step.version(), e.getMessage()), e);
            }
        }
    }

    /**
     * Runs {@code work} in one transaction that takes SQLite's write lock first ({@code BEGIN
     * IMMEDIATE}), waiting up to the busy timeout for it. With the window and a command both using the
     * journal, a transaction that reads before it writes (a save reads the day first, for undo) would
     * otherwise fail at once with "database is locked" when the other process wrote in between.
     */
    static <T> T writeTransaction(Connection c, Journal.SqlWork<T> work) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
        }
        try {
            T result = work.run();
            try (Statement s = c.createStatement()) {
                s.execute("COMMIT");
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            try (Statement s = c.createStatement()) {
                s.execute("ROLLBACK");
            } catch (SQLException alreadyEnded) {
                // SQLite ends the transaction itself after some errors; the original error is the one to report.
            }
            throw e;
        }
    }

    /** A consistent copy (WAL included) kept next to the journal before its schema changes. */
    private static void copyAside(Connection c, Path file, int version) throws SQLException {
        Path copy = file.resolveSibling(file.getFileName() + ".v" + version + ".bak");
        for (int n = 2; ; n++) {
            try {
                // VACUUM INTO accepts an empty file; creating it first makes the copy owner-only, and
                // creating it exclusively keeps two processes upgrading at once from sharing a name.
                OwnerOnly.createFile(copy);
                break;
            } catch (FileAlreadyExistsException e) {
                copy = file.resolveSibling(file.getFileName() + ".v" + version + "-" + n + ".bak");
            } catch (IOException e) {
                throw new JournalException("Cannot make a copy of the journal before upgrading it (" + e.getMessage()
                        + "). Nothing was changed.", e);
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("VACUUM INTO '" + copy.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        Path saved = copy;
        LOG.info(() -> "copied the journal aside before upgrading: " + saved.getFileName());
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Already failing; the original error is the one worth reporting.
        }
    }
}
