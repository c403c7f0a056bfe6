package org.backcoach.journal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The person's journal: one SQLite file. Every save is validated first and written in one
 * transaction, so a refused or interrupted save leaves earlier data exactly as it was.
 * Methods are synchronized: the app uses one connection from a single background thread,
 * and the lock keeps a stray caller from interleaving a transaction.
 */
public final class Journal implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Journal.class.getName());

    private final Path file;
    private final JournalRules validator;
    private final Clock clock;
    private final List<FieldFormat> fields;
    private final CheckInRows rows;
    private final JournalHistory history;
    private final StatementCache statements = new StatementCache();
    /** Replaced only when a backup is restored into this journal (see {@link JournalFileSwap}). */
    private Connection connection;

    private Journal(Path file, Connection connection, JournalRules validator, Clock clock, List<FieldFormat> fields) {
        this.file = file;
        this.connection = connection;
        this.validator = validator;
        this.clock = clock;
        this.fields = List.copyOf(fields);
        this.rows = new CheckInRows(this.fields);
        this.history = new JournalHistory(this, clock);
    }

    /** Opens (creating or upgrading as needed) the journal at {@code file}. */
    public static Journal open(Path file, JournalRules validator, Clock clock) {
        return new Journal(file, JournalConnections.open(file), validator, clock, CheckInField.ALL);
    }

    /** For migration tests: opens with a given list of schema steps. */
    static Journal open(Path file, JournalRules validator, Clock clock, List<Migration> migrations) {
        return open(file, validator, clock, migrations, CheckInField.ALL);
    }

    /** For tests of the field list: schema steps that add a field, and the fields that include it. */
    static Journal open(Path file, JournalRules validator, Clock clock, List<Migration> migrations,
                        List<FieldFormat> fields) {
        return new Journal(file, JournalConnections.open(file, migrations), validator, clock, fields);
    }

    public Path file() {
        return file;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Saves the day's check-in, replacing any earlier one for the same date. {@link JournalHistory#undo()} takes it back. */
    public synchronized CheckIn save(CheckIn checkIn) throws InvalidCheckInException {
        validator.check(checkIn);
        Optional<CheckIn> before = inTransaction(() -> {
            Optional<CheckIn> previous = readDay(checkIn.date());
            write(checkIn);
            return previous;
        });
        history.recordSaved(before, checkIn);
        LOG.info("check-in saved");
        return checkIn;
    }

    /** Writes one day, row and items; the caller holds the transaction. */
    void write(CheckIn checkIn) throws SQLException {
        rows.write(this, checkIn, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
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
        inTransaction(() -> {
            if (EventRows.insertMovementBreak(connection, at) > 0) {
                String breaks = CheckInField.MOVEMENT_BREAKS.column();
                try (PreparedStatement count = connection.prepareStatement("UPDATE checkin SET " + breaks
                        + " = min(coalesce(" + breaks + ", 0) + 1, ?) WHERE day = ?")) {
                    count.setInt(1, CheckInField.MOVEMENT_BREAKS.max());
                    count.setString(2, at.toLocalDate().toString());
                    count.executeUpdate();
                }
            }
            return null;
        });
        LOG.info("movement break recorded");
        return movementBreaksLogged(at.toLocalDate());
    }

    /** Import: adds a break from another journal without touching check-in counts (the file has its own). */
    void insertMovementBreak(LocalDateTime at) throws SQLException {
        EventRows.insertMovementBreak(connection, at);
    }

    /** How many movement breaks were recorded on {@code day} (from reminders; not the check-in's own count). */
    public synchronized int movementBreaksLogged(LocalDate day) {
        return read("the movement breaks", () -> EventRows.movementBreaksOn(connection, day));
    }

    /** Every recorded movement break, oldest first, for export. */
    public synchronized List<LocalDateTime> movementBreakLog() {
        return read("the movement breaks", () -> EventRows.movementBreaks(connection));
    }

    public synchronized Optional<CheckIn> find(LocalDate date) {
        List<CheckIn> found = between(date, date);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Check-ins from {@code from} to {@code to}, both included, oldest first. */
    public synchronized List<CheckIn> between(LocalDate from, LocalDate to) {
        return checkIns(" WHERE day BETWEEN ? AND ?", from.toString(), to.toString());
    }

    public synchronized List<CheckIn> all() {
        return checkIns("");
    }

    /** The last {@code days} days up to today, oldest first. */
    public List<CheckIn> recent(int days) {
        LocalDate today = today();
        return between(today.minusDays(Math.max(days, 1) - 1L), today);
    }

    public synchronized Optional<CheckIn> latest() {
        List<CheckIn> rows = checkIns(" WHERE day = (SELECT max(day) FROM checkin)");
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Records a first-start screening or a "I have sought care" confirmation. */
    public synchronized SafetyReview recordSafetyReview(SafetyReview review) {
        validator.check(review);
        inTransaction(() -> {
            EventRows.insertSafetyReview(connection, review);
            return null;
        });
        return review;
    }

    /** Import: the plan has already checked the review against the journal's rules. */
    void insertSafetyReview(SafetyReview review) throws SQLException {
        EventRows.insertSafetyReview(connection, review);
    }

    /** Every screening and sought-care confirmation, oldest first. */
    public synchronized List<SafetyReview> safetyReviews() {
        return read("the safety reviews", () -> EventRows.safetyReviews(connection));
    }

    /**
     * Records a completed exercise. Logging the same exercise at the same second again replaces
     * the entry, so a repeated import or a double click cannot create duplicates.
     */
    public synchronized ExerciseLogEntry logExercise(ExerciseLogEntry entry) throws InvalidExerciseLogException {
        validator.check(entry);
        inTransaction(() -> {
            upsert(entry);
            return null;
        });
        return entry;
    }

    void upsert(ExerciseLogEntry entry) throws SQLException {
        ExerciseRows.upsert(connection, entry);
    }

    /** Exercises done from {@code from} to {@code to} (dates included), in the order they were done. */
    public synchronized List<ExerciseLogEntry> exerciseLog(LocalDate from, LocalDate to) {
        return read("the exercise log", () -> ExerciseRows.between(connection, from, to));
    }

    public List<ExerciseLogEntry> exerciseLog() {
        return exerciseLog(JournalRules.EARLIEST_DATE, LocalDate.of(9999, 12, 31));
    }

    /** Sessions per day with their mean pain, counted by SQLite: the progress charts need no single rows. */
    public synchronized List<ExerciseDay> exerciseDays(LocalDate from, LocalDate to) {
        return read("the exercise log", () -> ExerciseRows.days(connection, from, to));
    }

    /** The trash and the undo history of this journal. */
    public JournalHistory history() {
        return history;
    }

    /** Backups, health checks and restoring a backup into this journal. */
    public JournalMaintenance maintenance() {
        return new JournalMaintenance(this, clock);
    }

    // For the package: callers hold this journal's lock (synchronized methods or inTransaction).

    Connection connection() {
        return connection;
    }

    /** Used when a backup is restored: the old connection is closed, the file swapped, this one opened. */
    void replaceConnection(Connection replacement) {
        statements.close();
        connection = replacement;
    }

    JournalRules rules() {
        return validator;
    }

    /** The check-in fields this journal stores, in the order it exports them. */
    List<FieldFormat> fields() {
        return fields;
    }

    /** One day by its key; the save path reads the day before changing it, for the undo record. */
    Optional<CheckIn> readDay(LocalDate day) throws SQLException {
        return rows.readDay(this, day);
    }

    /** A cached statement for the save path; see {@link StatementCache}. */
    PreparedStatement prepared(String sql) throws SQLException {
        return statements.get(connection, sql);
    }

    /** Before VACUUM INTO, and before the connection is closed from outside (restoring a backup). */
    void closeStatements() {
        statements.close();
    }

    void deleteDay(LocalDate day) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM checkin WHERE day = ?")) {
            delete.setString(1, day.toString());
            delete.executeUpdate();
        }
    }

    /** Everything an export holds, read in one transaction so the parts agree with each other. */
    public synchronized JournalContents contents() {
        return inTransaction(() -> new JournalContents(all(), exerciseLog(), movementBreakLog(), safetyReviews(),
                episodeStart()));
    }

    /** The day the person said this episode began, if they set one. */
    public synchronized Optional<LocalDate> episodeStart() {
        return read("the journal settings", () -> JournalMeta.episodeStart(connection));
    }

    /** Sets (or, with empty, clears) the day this episode began; it cannot lie in the future. */
    public synchronized void setEpisodeStart(Optional<LocalDate> day) {
        day.filter(d -> d.isAfter(today()) || d.isBefore(JournalRules.EARLIEST_DATE)).ifPresent(d -> {
            throw new IllegalArgumentException("the episode start " + d + " must lie between "
                    + JournalRules.EARLIEST_DATE + " and today");
        });
        inTransaction(() -> {
            JournalMeta.putEpisodeStart(connection, day);
            return null;
        });
    }

    /** The day the person last chose "Pause for today" for movement reminders, so a restart keeps it. */
    public synchronized Optional<LocalDate> remindersPausedOn() {
        return read("the journal settings", () -> JournalMeta.remindersPausedOn(connection));
    }

    public synchronized void pauseRemindersOn(LocalDate day) {
        inTransaction(() -> {
            JournalMeta.putRemindersPausedOn(connection, day);
            return null;
        });
    }

    public int schemaVersion() {
        return JournalSchema.CURRENT_VERSION;
    }

    @Override
    public synchronized void close() {
        history.flush();
        statements.close();
        JournalConnections.closeQuietly(connection);
    }

    private List<CheckIn> checkIns(String where, String... args) {
        return read("the journal", () -> rows.query(connection, where, args));
    }

    interface SqlWork<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code work} in one write transaction on this journal's connection (see
     * {@link JournalConnections#writeTransaction}); package code uses it too.
     */
    synchronized <T> T inTransaction(SqlWork<T> work) {
        try {
            return JournalConnections.writeTransaction(connection, work);
        } catch (SQLException e) {
            throw new JournalException("Could not save to the journal " + file + "; nothing was changed. ("
                    + e.getMessage() + ")", e);
        }
    }

    <T> T read(String what, SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new JournalException("Cannot read " + what + " in " + file + ": " + e.getMessage(), e);
        }
    }
}
