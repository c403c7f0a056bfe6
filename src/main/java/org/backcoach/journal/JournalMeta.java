package org.backcoach.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Small facts that belong to the journal itself: the episode start (which travels with exports)
 * and the day movement reminders were paused (which does not: it only matters that day).
 */
final class JournalMeta {

    private static final String EPISODE_START = "episode-start";
    private static final String REMINDERS_PAUSED_ON = "movement-reminders-paused-on";

    private JournalMeta() {
    }

    static Optional<LocalDate> episodeStart(Connection c) throws SQLException {
        return date(c, EPISODE_START);
    }

    /** Sets, or with empty removes, the episode start; the caller holds the transaction. */
    static void putEpisodeStart(Connection c, Optional<LocalDate> day) throws SQLException {
        putDate(c, EPISODE_START, day);
    }

    static Optional<LocalDate> remindersPausedOn(Connection c) throws SQLException {
        return date(c, REMINDERS_PAUSED_ON);
    }

    static void putRemindersPausedOn(Connection c, LocalDate day) throws SQLException {
        putDate(c, REMINDERS_PAUSED_ON, Optional.of(day));
    }

    private static Optional<LocalDate> date(Connection c, String key) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT value FROM journal_meta WHERE key = ?")) {
            select.setString(1, key);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(LocalDate.parse(rs.getString(1))) : Optional.empty();
            }
        }
    }

    private static void putDate(Connection c, String key, Optional<LocalDate> day) throws SQLException {
        try (PreparedStatement put = c.prepareStatement(day.isPresent()
                ? "INSERT INTO journal_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"
                : "DELETE FROM journal_meta WHERE key = ?")) {
            put.setString(1, key);
            if (day.isPresent()) {
                put.setString(2, day.get().toString());
            }
            put.executeUpdate();
        }
    }
}
