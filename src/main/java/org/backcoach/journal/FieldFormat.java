package org.backcoach.journal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * A check-in field as the journal stores and exchanges it: its column (or item kind), its names in
 * the JSON and CSV exports, its kind, and how it reads and writes a {@link CheckIn}. Storage, export
 * and import are written against a list of these and never name a field: {@link CheckInField}
 * describes the real ones, and a test can hand in a list with a field of its own.
 */
public interface FieldFormat {

    /** A stable name, also the key of the field's words in the window's messages. */
    String name();

    /** The field as a person reads it, in English, for messages about bad input. */
    String label();

    Kind kind();

    /** The column in {@code checkin}; for {@link Kind#ITEMS} the {@code checkin_item.kind} of its rows. */
    String column();

    /** The key in the JSON export. */
    String jsonName();

    /** The header in checkin.csv (or the kind in checkin_item.csv): the column, so a spreadsheet and SQL agree. */
    default String csvName() {
        return column();
    }

    /** A check-in cannot exist without it, so an export that leaves it out is refused. */
    boolean required();

    /** The value, in the Java type of its kind (see {@link Kind}); null when not recorded. */
    Object get(CheckIn checkIn);

    /** Sets {@code value}, in the Java type of its kind, on a check-in being built. */
    void set(CheckIn.Builder builder, Object value);

    /** What a field holds, and so how it is stored in the journal and written to a CSV cell. */
    enum Kind {
        /** The day the check-in is about, a {@link LocalDate}; the key of both tables. */
        DAY,
        /** A 0–10 score (Integer), picked on a scale. */
        SCORE,
        /** A whole number (Integer), typed in: a count or minutes. */
        NUMBER,
        /** Free text (String), never null. */
        TEXT,
        /** A set of ids (a {@code Set<String>}), one {@code checkin_item} row each. */
        ITEMS;

        public boolean isNumber() {
            return this == SCORE || this == NUMBER;
        }

        /** Whether the field has a column in {@code checkin} (item sets have rows in {@code checkin_item}). */
        boolean isColumn() {
            return this != ITEMS;
        }

        void bind(PreparedStatement statement, int index, Object value) throws SQLException {
            switch (this) {
                case DAY -> statement.setString(index, value.toString());
                case SCORE, NUMBER -> SqlValues.setNullableInt(statement, index, (Integer) value);
                case TEXT -> statement.setString(index, (String) value);
                case ITEMS -> throw new IllegalStateException("item sets have no column");
            }
        }

        Object read(ResultSet row, int column) throws SQLException {
            return switch (this) {
                case DAY -> LocalDate.parse(row.getString(column));
                case SCORE, NUMBER -> SqlValues.nullableInt(row, column);
                case TEXT -> row.getString(column);
                case ITEMS -> throw new IllegalStateException("item sets have no column");
            };
        }

        String csvCell(Object value) {
            return value == null ? "" : value.toString();
        }
    }
}
