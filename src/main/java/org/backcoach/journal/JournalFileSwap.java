package org.backcoach.journal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backcoach.files.Durable;
import org.backcoach.files.OwnerOnly;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Swapping journal.db for another file without losing either: checking that a candidate (a
 * backup, a restored copy) is a whole journal, setting the current file aside under a dated
 * name, and copying the new one into place. The connection to the journal is JournalConnections'.
 */
final class JournalFileSwap {

    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    private static final List<String> SIDE_FILES = List.of("-wal", "-shm");

    private JournalFileSwap() {
    }

    /**
     * Empty when {@code file} is a whole, readable BackCoach journal this app can open; otherwise
     * the reason, worded to follow "it": "it is damaged (...)".
     */
    static Optional<String> problemWith(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.of("is not there");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
             Statement s = c.createStatement()) {
            int version;
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version > JournalSchema.CURRENT_VERSION) {
                return Optional.of("was written by a newer BackCoach (journal version %d; this app knows up to %d)"
                        .formatted(version, JournalSchema.CURRENT_VERSION));
            }
            try (ResultSet rs = s.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'checkin'")) {
                if (version < 1 || !rs.next() || rs.getInt(1) != 1) {
                    return Optional.of("is not a BackCoach journal (it has no check-in table)");
                }
            }
            List<String> problems = integrity(s, "quick_check");
            return problems.isEmpty() ? Optional.empty() : Optional.of("is damaged (" + problems.get(0) + ")");
        } catch (SQLException e) {
            return Optional.of(JournalConnections.isDamage(e) ? "is damaged or not a database (" + e.getMessage() + ")"
                    : "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The rows of {@code PRAGMA integrity_check} or {@code quick_check}; empty when the answer is "ok". */
    static List<String> integrity(Statement s, String pragma) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            while (rs.next()) {
                String row = rs.getString(1);
                if (!"ok".equals(row)) {
                    problems.add(row);
                }
            }
        }
        return problems;
    }

    /**
     * Renames {@code file} (and its -wal and -shm companions) to {@code <name>.<label>-<time>}, never
     * deleting anything; returns the new name of the main file.
     */
    static Path setAside(Path file, String label, Clock clock) throws IOException {
        Path target = asideName(file, label, clock);
        moveCompanions(file, target);
        Files.move(file, target);
        return target;
    }

    /**
     * Puts a copy of {@code source} in the place of {@code file} and keeps the file that was there as
     * {@code <name>.<label>-<time>}, which is returned. Whatever moment a crash interrupts this,
     * {@code file} is a whole journal, the old one or the new one: the copy is made and flushed under a
     * temporary name first, the old file gets its second name by a hard link, and one atomic rename
     * replaces it. The caller has closed every connection to {@code file}.
     */
    static Path replaceKeepingAside(Path file, Path source, String label, Clock clock) throws IOException {
        Path temp = copyToTemp(source, file);
        try {
            Path aside = asideName(file, label, clock);
            moveCompanions(file, aside);
            keepSecondName(file, aside);
            Durable.moveIntoPlace(temp, file);
            return aside;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Copies {@code source} to {@code target} through a temporary file, so the target appears whole. */
    static void copyInto(Path source, Path target) throws IOException {
        Path temp = copyToTemp(source, target);
        try {
            Durable.moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static void moveIntoPlace(Path temp, Path target) throws IOException {
        Durable.moveIntoPlace(temp, target);
    }

    /** An owner-only copy of {@code source} beside {@code target}, flushed to the disk. */
    private static Path copyToTemp(Path source, Path target) throws IOException {
        Path folder = OwnerOnly.createFolders(target.toAbsolutePath().getParent());
        Path temp = OwnerOnly.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            // The copy takes the source's permissions; the journal is the person's alone.
            OwnerOnly.restrict(temp);
            Durable.force(temp);
            return temp;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    private static Path asideName(Path file, String label, Clock clock) {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path target = file.resolveSibling(file.getFileName() + "." + label + "-" + stamp);
        for (int n = 2; Files.exists(target); n++) {
            target = file.resolveSibling(file.getFileName() + "." + label + "-" + stamp + "-" + n);
        }
        return target;
    }

    /**
     * The -wal and -shm files belong to the file set aside; left in place they would be read as part
     * of the new journal.
     */
    private static void moveCompanions(Path file, Path aside) throws IOException {
        for (String side : SIDE_FILES) {
            Path companion = file.resolveSibling(file.getFileName() + side);
            if (Files.exists(companion)) {
                Files.move(companion, aside.resolveSibling(aside.getFileName() + side));
            }
        }
    }

    /** {@code aside} becomes a second name of {@code file} (a copy where hard links are not supported). */
    private static void keepSecondName(Path file, Path aside) throws IOException {
        try {
            Files.createLink(aside, file);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            Path temp = copyToTemp(file, aside);
            try {
                Durable.moveIntoPlace(temp, aside);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
        Durable.forceFolder(file.toAbsolutePath().getParent());
    }
}
