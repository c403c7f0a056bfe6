package org.backcoach.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * SQL for the journal's time-stamped facts that live beside the check-ins: movement breaks taken
 * from a reminder and red-flag safety reviews. Callers hold the journal's lock.
 */
final class EventRows {

    private EventRows() {
    }

    /** Inserts a break unless that second is already recorded; returns 1 when added, 0 when known. */
    static int insertMovementBreak(Connection connection, LocalDateTime at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO movement_break (taken_at, day) VALUES (?, ?) ON CONFLICT(taken_at) DO NOTHING")) {
            insert.setString(1, at.truncatedTo(ChronoUnit.SECONDS).toString());
            insert.setString(2, at.toLocalDate().toString());
            return insert.executeUpdate();
        }
    }

    static int movementBreaksOn(Connection connection, LocalDate day) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM movement_break WHERE day = ?")) {
            select.setString(1, day.toString());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    static List<LocalDateTime> movementBreaks(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT taken_at FROM movement_break ORDER BY taken_at");
             ResultSet rs = select.executeQuery()) {
            List<LocalDateTime> taken = new ArrayList<>();
            while (rs.next()) {
                taken.add(LocalDateTime.parse(rs.getString(1)));
            }
            return taken;
        }
    }

    static void insertSafetyReview(Connection connection, SafetyReview review) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO safety_review (kind, day, recorded_at, red_flags) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, review.kind().dbName());
            insert.setString(2, review.date().toString());
            insert.setString(3, review.at().toString());
            insert.setString(4, String.join(",", review.redFlags()));
            insert.executeUpdate();
        }
    }

    static List<SafetyReview> safetyReviews(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT kind, recorded_at, red_flags FROM safety_review ORDER BY recorded_at, id");
             ResultSet rs = select.executeQuery()) {
            List<SafetyReview> reviews = new ArrayList<>();
            while (rs.next()) {
                String flags = rs.getString(3);
                reviews.add(new SafetyReview(SafetyReview.Kind.fromDb(rs.getString(1)), LocalDateTime.parse(rs.getString(2)),
                        flags.isEmpty() ? new TreeSet<>() : new TreeSet<>(List.of(flags.split(",")))));
            }
            return reviews;
        }
    }
}
