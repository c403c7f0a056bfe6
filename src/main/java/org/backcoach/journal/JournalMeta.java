package org.backcoach.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/** Small settings that belong to the journal itself (and travel with it in exports): the episode start. */
final class JournalMeta {

    private static final String EPISODE_START = "episode-start";

    private JournalMeta() {
    }

    static Optional<LocalDate> episodeStart(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT value FROM journal_meta WHERE key = ?")) {
            select.setString(1, EPISODE_START);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(LocalDate.parse(rs.getString(1))) : Optional.empty();
            }
        }
    }

    /** Sets, or with empty removes, the episode start; the caller holds the transaction. */
    static void putEpisodeStart(Connection c, Optional<LocalDate> day) throws SQLException {
        try (PreparedStatement put = c.prepareStatement(day.isPresent()
                ? "INSERT INTO journal_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"
                : "DELETE FROM journal_meta WHERE key = ?")) {
            put.setString(1, EPISODE_START);
            if (day.isPresent()) {
                put.setString(2, day.get().toString());
            }
            put.executeUpdate();
        }
    }
}
