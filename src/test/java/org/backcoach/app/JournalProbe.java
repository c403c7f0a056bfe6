package org.backcoach.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Looks into a journal file from outside the app, with plain JDBC, for the crash tests. */
public final class JournalProbe {

    /** The tables that hold what the person entered; undo_log is left out (undo history is not kept across a crash). */
    static final List<String> DATA_TABLES = List.of("checkin", "checkin_item", "exercise_log", "safety_review", "trash",
            "journal_meta");

    private static final List<String> WRITE_TIMES = List.of("saved_at", "deleted_at");

    private JournalProbe() {
    }

    /**
     * The rows of {@code PRAGMA integrity_check} that are not "ok". The connection is read-write, so
     * a WAL left by a killed process is recovered first, exactly as the app's next start would.
     */
    public static List<String> integrityProblems(Path db) {
        List<String> problems = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
                if (!"ok".equals(rs.getString(1))) {
                    problems.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    /** A fingerprint of every row in the data tables (write times left out): equal fingerprints, equal data. */
    public static String digest(Path db) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement()) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String table : DATA_TABLES) {
                if (!exists(s, table)) {
                    continue;
                }
                sha.update(("table " + table + "\n").getBytes(StandardCharsets.UTF_8));
                String columns = String.join(", ", columns(s, table));
                try (ResultSet rs = s.executeQuery("SELECT " + columns + " FROM " + table + " ORDER BY " + columns)) {
                    int count = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= count; i++) {
                            row.append(rs.getString(i)).append('\u0001');
                        }
                        sha.update(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (Exception e) {
            throw new AssertionError("cannot read " + db + ": " + e.getMessage(), e);
        }
    }

    public static int count(Path db, String table) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new AssertionError("cannot count " + table + " in " + db + ": " + e.getMessage(), e);
        }
    }

    private static boolean exists(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '"
                + table + "'")) {
            return rs.getInt(1) == 1;
        }
    }

    /** The table's columns, without the times a row was written (they differ from run to run, the data does not). */
    private static List<String> columns(Statement s, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid")) {
            while (rs.next()) {
                if (!WRITE_TIMES.contains(rs.getString(1))) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }
}
