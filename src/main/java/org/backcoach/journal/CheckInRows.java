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
import java.util.stream.Collectors;

/**
 * The SQL for check-ins, made from a list of field formats: a row of {@code checkin} plus one
 * {@code checkin_item} row per id of each item set. The statements are built once, when the journal
 * opens; columns are read by name.
 */
final class CheckInRows {

    /** The key of both tables. */
    private static final String DAY = "day";

    private final List<FieldFormat> columns;
    private final List<FieldFormat> itemSets;
    private final String upsert;
    private final String select;
    private final String selectDay;

    CheckInRows(List<FieldFormat> fields) {
        this.columns = fields.stream().filter(f -> f.kind().isColumn()).toList();
        this.itemSets = fields.stream().filter(f -> !f.kind().isColumn()).toList();
        String names = columns.stream().map(FieldFormat::column).collect(Collectors.joining(", "));
        this.upsert = "INSERT INTO checkin (" + names + ", saved_at) VALUES ("
                + "?, ".repeat(columns.size()) + "?) ON CONFLICT(" + DAY + ") DO UPDATE SET "
                + columns.stream().filter(f -> f.kind() != FieldFormat.Kind.DAY).map(f -> f.column() + " = excluded." + f.column())
                        .collect(Collectors.joining(", ")) + ", saved_at = excluded.saved_at";
        this.select = "SELECT " + names + " FROM checkin";
        this.selectDay = "SELECT " + columns.stream().map(f -> "c." + f.column() + " AS " + f.column())
                .collect(Collectors.joining(", ")) + ", i.kind AS item_kind, i.item_id AS item_id "
                + "FROM checkin c LEFT JOIN checkin_item i ON i.day = c.day WHERE c.day = ?";
    }

    /** Writes one day, row and items, with statements cached by the journal; the caller holds the transaction. */
    void write(Journal journal, CheckIn checkIn, String savedAt) throws SQLException {
        PreparedStatement row = journal.prepared(upsert);
        for (int i = 0; i < columns.size(); i++) {
            FieldFormat field = columns.get(i);
            field.kind().bind(row, i + 1, field.get(checkIn));
        }
        row.setString(columns.size() + 1, savedAt);
        row.executeUpdate();
        String day = checkIn.date().toString();
        PreparedStatement clear = journal.prepared("DELETE FROM checkin_item WHERE day = ?");
        clear.setString(1, day);
        clear.executeUpdate();
        PreparedStatement item = journal.prepared("INSERT INTO checkin_item (day, kind, item_id) VALUES (?, ?, ?)");
        for (FieldFormat field : itemSets) {
            for (Object id : (Set<?>) field.get(checkIn)) {
                item.setString(1, day);
                item.setString(2, field.column());
                item.setString(3, (String) id);
                item.addBatch();
            }
        }
        item.executeBatch();
    }

    /**
     * Check-ins matching {@code where} (applied to both tables), oldest first. Rows and items both come
     * in day order and are merged in one pass: Progress reads twenty years of days this way.
     */
    List<CheckIn> query(Connection connection, String where, String... args) throws SQLException {
        try (PreparedStatement rows = connection.prepareStatement(select + where + " ORDER BY day");
             PreparedStatement items = connection.prepareStatement(
                     "SELECT day, kind, item_id FROM checkin_item" + where + " ORDER BY day")) {
            SqlValues.bind(rows, args);
            SqlValues.bind(items, args);
            List<CheckIn> result = new ArrayList<>();
            try (ResultSet row = rows.executeQuery(); ResultSet item = items.executeQuery()) {
                int[] at = positions(row);
                int rowDay = row.findColumn(DAY);
                int itemDay = item.findColumn(DAY);
                int itemKind = item.findColumn("kind");
                int itemId = item.findColumn("item_id");
                String nextItemDay = item.next() ? item.getString(itemDay) : null;
                while (row.next()) {
                    String day = row.getString(rowDay);
                    while (nextItemDay != null && nextItemDay.compareTo(day) < 0) {
                        nextItemDay = item.next() ? item.getString(itemDay) : null;
                    }
                    Map<String, Set<String>> byKind = Map.of();
                    if (day.equals(nextItemDay)) {
                        byKind = new HashMap<>(4);
                        while (day.equals(nextItemDay)) {
                            byKind.computeIfAbsent(item.getString(itemKind), k -> new TreeSet<>()).add(item.getString(itemId));
                            nextItemDay = item.next() ? item.getString(itemDay) : null;
                        }
                    }
                    result.add(withItems(readRow(row, at), byKind));
                }
            }
            return result;
        }
    }

    /** One day, row and items in one statement: the save path runs this before every change, for the undo record. */
    Optional<CheckIn> readDay(Journal journal, LocalDate day) throws SQLException {
        PreparedStatement select = journal.prepared(selectDay);
        select.setString(1, day.toString());
        // Read to the end, so the cached statement is finished and holds no read snapshot.
        try (ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            int[] at = positions(rs);
            int kind = rs.findColumn("item_kind");
            int id = rs.findColumn("item_id");
            Map<String, Set<String>> byKind = new HashMap<>();
            CheckIn.Builder first = null;
            do {
                if (first == null) {
                    first = readRow(rs, at);
                }
                if (rs.getString(kind) != null) {
                    byKind.computeIfAbsent(rs.getString(kind), k -> new TreeSet<>()).add(rs.getString(id));
                }
            } while (rs.next());
            return Optional.of(withItems(first, byKind));
        }
    }

    /** Where each column is in this result, found by its name once rather than for every row. */
    private int[] positions(ResultSet rs) throws SQLException {
        int[] at = new int[columns.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = rs.findColumn(columns.get(i).column());
        }
        return at;
    }

    private CheckIn.Builder readRow(ResultSet rs, int[] at) throws SQLException {
        CheckIn.Builder builder = CheckIn.on(null, 0);
        for (int i = 0; i < at.length; i++) {
            FieldFormat field = columns.get(i);
            field.set(builder, field.kind().read(rs, at[i]));
        }
        return builder;
    }

    private CheckIn withItems(CheckIn.Builder builder, Map<String, Set<String>> byKind) {
        for (FieldFormat field : itemSets) {
            field.set(builder, byKind.getOrDefault(field.column(), Set.of()));
        }
        return builder.build();
    }
}
