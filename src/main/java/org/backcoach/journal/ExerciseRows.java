package org.backcoach.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** SQL for the exercise log. Callers hold the journal's lock. */
final class ExerciseRows {

    private ExerciseRows() {
    }

    /** The same exercise at the same second replaces the entry, so repeats cannot duplicate it. */
    static void upsert(Connection connection, ExerciseLogEntry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO exercise_log (exercise_id, day, done_at, sets_done, reps, hold_seconds, pain_during) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(exercise_id, done_at) DO UPDATE SET "
                        + "sets_done = excluded.sets_done, reps = excluded.reps, "
                        + "hold_seconds = excluded.hold_seconds, pain_during = excluded.pain_during")) {
            insert.setString(1, entry.exerciseId());
            insert.setString(2, entry.date().toString());
            insert.setString(3, entry.doneAt().toString());
            insert.setInt(4, entry.sets());
            SqlValues.setNullableInt(insert, 5, entry.reps());
            SqlValues.setNullableInt(insert, 6, entry.holdSeconds());
            insert.setInt(7, entry.painDuring());
            insert.executeUpdate();
        }
    }

    static List<ExerciseLogEntry> between(Connection connection, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT exercise_id, done_at, sets_done, reps, hold_seconds, pain_during FROM exercise_log "
                        + "WHERE day BETWEEN ? AND ? ORDER BY done_at, id")) {
            SqlValues.bind(select, from.toString(), to.toString());
            List<ExerciseLogEntry> entries = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(new ExerciseLogEntry(rs.getString(1), LocalDateTime.parse(rs.getString(2)),
                            rs.getInt(3), SqlValues.nullableInt(rs, 4), SqlValues.nullableInt(rs, 5), rs.getInt(6)));
                }
            }
            return entries;
        }
    }

    static List<ExerciseDay> days(Connection connection, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT day, count(*), avg(pain_during) FROM exercise_log WHERE day BETWEEN ? AND ? "
                        + "GROUP BY day ORDER BY day")) {
            SqlValues.bind(select, from.toString(), to.toString());
            List<ExerciseDay> result = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    result.add(new ExerciseDay(LocalDate.parse(rs.getString(1)), rs.getInt(2), rs.getDouble(3)));
                }
            }
            return result;
        }
    }
}
