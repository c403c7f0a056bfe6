package org.backcoach.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Reading check-ins: a row of {@code checkin} and its {@code checkin_item} rows become one {@link CheckIn}. */
final class CheckInRows {

    private CheckInRows() {
    }

    /**
     * Check-ins matching {@code where} (applied to both tables), oldest first. Rows and items both come
     * in day order and are merged in one pass: Progress reads twenty years of days this way.
     */
    static List<CheckIn> query(Connection connection, String where, String... args) throws SQLException {
        try (PreparedStatement rows = connection.prepareStatement(
                "SELECT " + Journal.COLUMNS + " FROM checkin" + where + " ORDER BY day");
             PreparedStatement items = connection.prepareStatement(
                     "SELECT day, kind, item_id FROM checkin_item" + where + " ORDER BY day")) {
            Journal.bind(rows, args);
            Journal.bind(items, args);
            List<CheckIn> result = new ArrayList<>();
            try (ResultSet row = rows.executeQuery(); ResultSet item = items.executeQuery()) {
                String itemDay = item.next() ? item.getString(1) : null;
                while (row.next()) {
                    String day = row.getString(1);
                    while (itemDay != null && itemDay.compareTo(day) < 0) {
                        itemDay = item.next() ? item.getString(1) : null;
                    }
                    Map<String, Set<String>> byKind = Map.of();
                    if (day.equals(itemDay)) {
                        byKind = new HashMap<>(4);
                        while (day.equals(itemDay)) {
                            byKind.computeIfAbsent(item.getString(2), k -> new TreeSet<>()).add(item.getString(3));
                            itemDay = item.next() ? item.getString(1) : null;
                        }
                    }
                    result.add(read(row, byKind));
                }
            }
            return result;
        }
    }

    static CheckIn read(ResultSet rs, Map<String, Set<String>> items) throws SQLException {
        return CheckIn.on(LocalDate.parse(rs.getString(1)), rs.getInt(2))
                .painWorst(Journal.nullableInt(rs, 3)).spasms(Journal.nullableInt(rs, 4))
                .walkMinutes(Journal.nullableInt(rs, 5)).sittingMaxMinutes(Journal.nullableInt(rs, 6))
                .stress(Journal.nullableInt(rs, 7)).sleep(Journal.nullableInt(rs, 8)).note(rs.getString(9))
                .movementBreaks(Journal.nullableInt(rs, 10))
                .areas(items.getOrDefault("area", Set.of()))
                .factors(items.getOrDefault("factor", Set.of()))
                .redFlags(items.getOrDefault("red-flag", Set.of()))
                .milestones(items.getOrDefault("milestone", Set.of()))
                .build();
    }

    /** One day by its key; the save path reads the day before changing it, for the undo record. */
    /** One day, row and items in one statement: the save path runs this before every change. */
    static Optional<CheckIn> readDay(Journal journal, LocalDate day) throws SQLException {
        PreparedStatement select = journal.prepared("SELECT c." + Journal.COLUMNS.replace(", ", ", c.")
                + ", i.kind AS item_kind, i.item_id AS item_id FROM checkin c LEFT JOIN checkin_item i ON i.day = c.day "
                + "WHERE c.day = ?");
        select.setString(1, day.toString());
        // Read to the end, so the cached statement is finished and holds no read snapshot.
        try (ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Map<String, Set<String>> byKind = new HashMap<>();
            CheckIn first = null;
            do {
                if (first == null) {
                    first = read(rs, Map.of());
                }
                String kind = rs.getString("item_kind");
                if (kind != null) {
                    byKind.computeIfAbsent(kind, k -> new TreeSet<>()).add(rs.getString("item_id"));
                }
            } while (rs.next());
            return Optional.of(byKind.isEmpty() ? first : first.toBuilder()
                    .areas(byKind.getOrDefault("area", Set.of())).factors(byKind.getOrDefault("factor", Set.of()))
                    .redFlags(byKind.getOrDefault("red-flag", Set.of()))
                    .milestones(byKind.getOrDefault("milestone", Set.of())).build());
        }
    }
}
