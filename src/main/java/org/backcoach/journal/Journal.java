package org.backcoach.journal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * The person's journal: one SQLite file. Every save is validated first and written in one
 * transaction, so a refused or interrupted save leaves earlier data exactly as it was.
 * Methods are synchronized: the app uses one connection from a single background thread,
 * and the lock keeps a stray caller from interleaving a transaction.
 */
public final class Journal implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Journal.class.getName());
    private static final String COLUMNS =
            "day, pain_now, pain_worst, spasms, walk_min, sitting_max_min, stress, sleep, note, movement_breaks";

    private final Path file;
    private final Connection connection;
    private final JournalRules validator;
    private final Clock clock;

    private Journal(Path file, Connection connection, JournalRules validator, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.validator = validator;
        this.clock = clock;
    }

    /** Opens (creating or upgrading as needed) the journal at {@code file}. */
    public static Journal open(Path file, JournalRules validator, Clock clock) {
        return new Journal(file, JournalFile.open(file), validator, clock);
    }

    /** For migration tests: opens with a given list of schema steps. */
    static Journal open(Path file, JournalRules validator, Clock clock, List<Migration> migrations) {
        return new Journal(file, JournalFile.open(file, migrations), validator, clock);
    }

    public Path file() {
        return file;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Saves the day's check-in, replacing any earlier one for the same date. */
    public synchronized CheckIn save(CheckIn checkIn) throws InvalidCheckInException {
        validator.check(checkIn);
        String day = checkIn.date().toString();
        inTransaction(() -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO checkin (" + COLUMNS + ", saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                            + "ON CONFLICT(day) DO UPDATE SET pain_now = excluded.pain_now, "
                            + "pain_worst = excluded.pain_worst, spasms = excluded.spasms, walk_min = excluded.walk_min, "
                            + "sitting_max_min = excluded.sitting_max_min, stress = excluded.stress, "
                            + "sleep = excluded.sleep, note = excluded.note, movement_breaks = excluded.movement_breaks, "
                            + "saved_at = excluded.saved_at")) {
                upsert.setString(1, day);
                upsert.setInt(2, checkIn.painNow());
                setNullable(upsert, 3, checkIn.painWorst());
                setNullable(upsert, 4, checkIn.spasms());
                setNullable(upsert, 5, checkIn.walkMinutes());
                setNullable(upsert, 6, checkIn.sittingMaxMinutes());
                setNullable(upsert, 7, checkIn.stress());
                setNullable(upsert, 8, checkIn.sleep());
                upsert.setString(9, checkIn.note());
                setNullable(upsert, 10, checkIn.movementBreaks());
                upsert.setString(11, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
                upsert.executeUpdate();
            }
            try (PreparedStatement clear = connection.prepareStatement("DELETE FROM checkin_item WHERE day = ?")) {
                clear.setString(1, day);
                clear.executeUpdate();
            }
            try (PreparedStatement item = connection.prepareStatement(
                    "INSERT INTO checkin_item (day, kind, item_id) VALUES (?, ?, ?)")) {
                addItems(item, day, "area", checkIn.areas());
                addItems(item, day, "factor", checkIn.factors());
                addItems(item, day, "red-flag", checkIn.redFlags());
                addItems(item, day, "milestone", checkIn.milestones());
                item.executeBatch();
            }
        });
        LOG.info("check-in saved");
        return checkIn;
    }

    /**
     * Records a movement break taken at {@code at} (the person answered "I'm up"). When that day
     * already has a check-in, its break count goes up by one as well. Recording the same second
     * twice counts once. Returns the number of breaks logged that day.
     */
    public synchronized int recordMovementBreak(LocalDateTime at) {
        if (at.isAfter(LocalDateTime.now(clock))) {
            throw new IllegalArgumentException("a movement break cannot be in the future: " + at);
        }
        String day = at.toLocalDate().toString();
        inTransaction(() -> {
            int added;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO movement_break (taken_at, day) VALUES (?, ?) ON CONFLICT(taken_at) DO NOTHING")) {
                insert.setString(1, at.truncatedTo(ChronoUnit.SECONDS).toString());
                insert.setString(2, day);
                added = insert.executeUpdate();
            }
            if (added > 0) {
                try (PreparedStatement count = connection.prepareStatement(
                        "UPDATE checkin SET movement_breaks = min(coalesce(movement_breaks, 0) + 1, ?) WHERE day = ?")) {
                    count.setInt(1, CheckIn.MAX_MOVEMENT_BREAKS);
                    count.setString(2, day);
                    count.executeUpdate();
                }
            }
        });
        LOG.info("movement break recorded");
        return movementBreaksLogged(at.toLocalDate());
    }

    /** How many movement breaks were recorded on {@code day} (from reminders; not the check-in's own count). */
    public synchronized int movementBreaksLogged(LocalDate day) {
        try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM movement_break WHERE day = ?")) {
            select.setString(1, day.toString());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new JournalException("Cannot read the movement breaks in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every recorded movement break, oldest first, for export. */
    public synchronized List<LocalDateTime> movementBreakLog() {
        try (PreparedStatement select = connection.prepareStatement("SELECT taken_at FROM movement_break ORDER BY taken_at");
             ResultSet rs = select.executeQuery()) {
            List<LocalDateTime> taken = new ArrayList<>();
            while (rs.next()) {
                taken.add(LocalDateTime.parse(rs.getString(1)));
            }
            return taken;
        } catch (SQLException e) {
            throw new JournalException("Cannot read the movement breaks in " + file + ": " + e.getMessage(), e);
        }
    }

    public synchronized Optional<CheckIn> find(LocalDate date) {
        List<CheckIn> found = between(date, date);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Check-ins from {@code from} to {@code to}, both included, oldest first. */
    public synchronized List<CheckIn> between(LocalDate from, LocalDate to) {
        return query(" WHERE day BETWEEN ? AND ?", from.toString(), to.toString());
    }

    public synchronized List<CheckIn> all() {
        return query("");
    }

    /** The last {@code days} days up to today, oldest first. */
    public List<CheckIn> recent(int days) {
        LocalDate today = today();
        return between(today.minusDays(Math.max(days, 1) - 1L), today);
    }

    public synchronized Optional<CheckIn> latest() {
        List<CheckIn> rows = query(" WHERE day = (SELECT max(day) FROM checkin)");
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * Records a completed exercise. Logging the same exercise at the same second again replaces
     * the entry, so a repeated import or a double click cannot create duplicates.
     */
    public synchronized ExerciseLogEntry logExercise(ExerciseLogEntry entry) throws InvalidExerciseLogException {
        validator.check(entry);
        inTransaction(() -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO exercise_log (exercise_id, day, done_at, sets_done, reps, hold_seconds, pain_during) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(exercise_id, done_at) DO UPDATE SET "
                            + "sets_done = excluded.sets_done, reps = excluded.reps, "
                            + "hold_seconds = excluded.hold_seconds, pain_during = excluded.pain_during")) {
                insert.setString(1, entry.exerciseId());
                insert.setString(2, entry.date().toString());
                insert.setString(3, entry.doneAt().toString());
                insert.setInt(4, entry.sets());
                setNullable(insert, 5, entry.reps());
                setNullable(insert, 6, entry.holdSeconds());
                insert.setInt(7, entry.painDuring());
                insert.executeUpdate();
            }
        });
        return entry;
    }

    /** Exercises done from {@code from} to {@code to} (dates included), in the order they were done. */
    public synchronized List<ExerciseLogEntry> exerciseLog(LocalDate from, LocalDate to) {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT exercise_id, done_at, sets_done, reps, hold_seconds, pain_during FROM exercise_log "
                        + "WHERE day BETWEEN ? AND ? ORDER BY done_at, id")) {
            bind(select, from.toString(), to.toString());
            List<ExerciseLogEntry> entries = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(new ExerciseLogEntry(rs.getString(1), LocalDateTime.parse(rs.getString(2)),
                            rs.getInt(3), nullableInt(rs, 4), nullableInt(rs, 5), rs.getInt(6)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new JournalException("Cannot read the exercise log in " + file + ": " + e.getMessage(), e);
        }
    }

    public List<ExerciseLogEntry> exerciseLog() {
        return exerciseLog(JournalRules.EARLIEST_DATE, LocalDate.of(9999, 12, 31));
    }

    public int schemaVersion() {
        return JournalSchema.CURRENT_VERSION;
    }

    @Override
    public synchronized void close() {
        JournalFile.closeQuietly(connection);
    }

    private List<CheckIn> query(String where, String... args) {
        String range = where.isEmpty() ? "" : where;
        try (PreparedStatement rows = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM checkin" + range + " ORDER BY day");
             PreparedStatement items = connection.prepareStatement(
                     "SELECT day, kind, item_id FROM checkin_item WHERE day IN (SELECT day FROM checkin" + range + ")")) {
            bind(rows, args);
            bind(items, args);
            Map<String, Map<String, Set<String>>> itemsByDay = new HashMap<>();
            try (ResultSet rs = items.executeQuery()) {
                while (rs.next()) {
                    itemsByDay.computeIfAbsent(rs.getString(1), d -> new HashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new TreeSet<>()).add(rs.getString(3));
                }
            }
            List<CheckIn> result = new ArrayList<>();
            try (ResultSet rs = rows.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs, itemsByDay.getOrDefault(rs.getString(1), Map.of())));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new JournalException("Cannot read the journal " + file + ": " + e.getMessage(), e);
        }
    }

    private static CheckIn read(ResultSet rs, Map<String, Set<String>> items) throws SQLException {
        return CheckIn.on(LocalDate.parse(rs.getString(1)), rs.getInt(2))
                .painWorst(nullableInt(rs, 3)).spasms(nullableInt(rs, 4))
                .walkMinutes(nullableInt(rs, 5)).sittingMaxMinutes(nullableInt(rs, 6))
                .stress(nullableInt(rs, 7)).sleep(nullableInt(rs, 8)).note(rs.getString(9))
                .movementBreaks(nullableInt(rs, 10))
                .areas(items.getOrDefault("area", Set.of()))
                .factors(items.getOrDefault("factor", Set.of()))
                .redFlags(items.getOrDefault("red-flag", Set.of()))
                .milestones(items.getOrDefault("milestone", Set.of()))
                .build();
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    private void inTransaction(SqlWork work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new JournalException("Could not save to the journal " + file + "; nothing was changed. ("
                    + e.getMessage() + ")", e);
        }
    }

    private static void addItems(PreparedStatement insert, String day, String kind, Set<String> ids)
            throws SQLException {
        for (String id : ids) {
            insert.setString(1, day);
            insert.setString(2, kind);
            insert.setString(3, id);
            insert.addBatch();
        }
    }

    private static void bind(PreparedStatement statement, String... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            statement.setString(i + 1, args[i]);
        }
    }

    private static void setNullable(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
