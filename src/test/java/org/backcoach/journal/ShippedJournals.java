package org.backcoach.journal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Journal files as each shipped schema version wrote them: {@code journal-vN.db} under
 * src/test/resources/org/backcoach/journal/shipped/. They are kept as made, never regenerated, so
 * {@link ShippedJournalsTest} upgrades the bytes a person really has on disk.
 *
 * <p>When a schema version ships: add its filler to {@link #FILLERS} (rows for every table or value
 * the version introduced), then run {@code bench/journal-fixture.sh}, which writes the missing
 * files only, and commit the new .db file.
 */
public final class ShippedJournals {

    static final String RESOURCE_FOLDER = "/org/backcoach/journal/shipped/";
    static final Path SOURCE_FOLDER = Path.of("src/test/resources/org/backcoach/journal/shipped");
    /** The last day with data; {@link JournalFixtures#TODAY} is later, so every row is in the past. */
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 1);
    static final int DAYS = 45;

    /** What a version adds to the journal, as raw SQL against the schema of that version. */
    interface Filler {
        void fill(Connection c, Random random) throws SQLException;
    }

    /** One entry per shipped schema version, in order. */
    static final Map<Integer, Filler> FILLERS = Map.of(
            1, ShippedJournals::checkIns,
            2, ShippedJournals::milestonesAndExercises,
            3, ShippedJournals::safetyReviews,
            4, ShippedJournals::trashUndoAndMeta,
            5, ShippedJournals::movementBreaks);

    private ShippedJournals() {
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(SOURCE_FOLDER);
        for (int version = 1; version <= JournalSchema.CURRENT_VERSION; version++) {
            Path file = SOURCE_FOLDER.resolve(fileName(version));
            if (Files.exists(file)) {
                System.out.println("kept     " + file + " (shipped files are never regenerated)");
            } else {
                write(version, file);
                System.out.println("written  " + file);
            }
        }
    }

    static String fileName(int version) {
        return "journal-v" + version + ".db";
    }

    /** Copies the shipped file of {@code version} to {@code target}; false when there is none. */
    static boolean copy(int version, Path target) throws IOException {
        try (InputStream in = ShippedJournals.class.getResourceAsStream(RESOURCE_FOLDER + fileName(version))) {
            if (in == null) {
                return false;
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return true;
        }
    }

    /** A journal made by the migrations up to {@code version}, filled by every filler up to it. */
    static void write(int version, Path file) throws SQLException {
        Filler missing = (c, r) -> {
            throw new IllegalStateException("no filler for journal version " + version + " in ShippedJournals.FILLERS");
        };
        List<Migration> steps = JournalSchema.MIGRATIONS.stream().filter(m -> m.version() <= version).toList();
        JournalConnections.open(file, steps).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            c.setAutoCommit(false);
            Random random = new Random(20_261_101L);
            for (int v = 1; v <= version; v++) {
                FILLERS.getOrDefault(v, missing).fill(c, random);
            }
            c.commit();
        }
    }

    static LocalDate day(int index) {
        return LAST_DAY.minusDays(DAYS - 1L - index);
    }

    private static final List<String> NOTES = List.of("", "Stiff getting out of bed; eased after a short walk.",
            "Sat too long at the desk 😖", "Heat pad helped. Slept on the left side.",
            "Physio said: \"keep walking\", it's fine to be sore", "Рано утром сильная боль",
            "כאב בגב התחתון", "Long drive; O'Brien's party; back tight", "Walked 2×10 min, ice afterwards\nNo spasm today");

    private static void checkIns(Connection c, Random random) throws SQLException {
        List<String> factors = new ArrayList<>(new TreeSet<>(JournalFixtures.FACTORS));
        List<String> flags = new ArrayList<>(new TreeSet<>(JournalFixtures.RED_FLAGS));
        try (PreparedStatement row = c.prepareStatement("INSERT INTO checkin (day, pain_now, pain_worst, spasms, "
                + "walk_min, sitting_max_min, stress, sleep, note, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement item = c.prepareStatement("INSERT INTO checkin_item (day, kind, item_id) VALUES (?, ?, ?)")) {
            for (int i = 0; i < DAYS; i++) {
                if (i % 9 == 4) {
                    continue; // a day without a check-in, as real journals have
                }
                String day = day(i).toString();
                int pain = Math.max(0, Math.min(10, 8 - i / 6 + random.nextInt(3) - 1));
                row.setString(1, day);
                row.setInt(2, pain);
                setOrNull(row, 3, i % 5 == 0 ? null : Math.min(10, pain + random.nextInt(3)));
                setOrNull(row, 4, i % 3 == 0 ? null : random.nextInt(4));
                setOrNull(row, 5, i % 4 == 0 ? null : 5 + random.nextInt(40));
                setOrNull(row, 6, i % 6 == 0 ? null : 20 + random.nextInt(160));
                setOrNull(row, 7, i % 7 == 0 ? null : random.nextInt(11));
                setOrNull(row, 8, random.nextInt(11));
                row.setString(9, NOTES.get(i % NOTES.size()));
                row.setString(10, day(i).atTime(20, random.nextInt(60)).toString());
                row.executeUpdate();
                for (String area : pick(PainAreas.IDS, 1 + random.nextInt(3), random)) {
                    insertItem(item, day, "area", area);
                }
                for (String factor : pick(factors, random.nextInt(4), random)) {
                    insertItem(item, day, "factor", factor);
                }
                if (i == 2 || i == 30) {
                    insertItem(item, day, "red-flag", flags.get(i % flags.size()));
                }
            }
        }
    }

    private static void milestonesAndExercises(Connection c, Random random) throws SQLException {
        List<String> exercises = new ArrayList<>(new TreeSet<>(JournalFixtures.EXERCISES));
        try (PreparedStatement item = c.prepareStatement("INSERT INTO checkin_item (day, kind, item_id) "
                + "SELECT day, 'milestone', ? FROM checkin WHERE day = ?");
             PreparedStatement log = c.prepareStatement("INSERT INTO exercise_log (exercise_id, day, done_at, sets_done, "
                     + "reps, hold_seconds, pain_during) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 10; i < DAYS; i += 5) {
                item.setString(1, Milestones.IDS.get((i / 5) % Milestones.IDS.size()));
                item.setString(2, day(i).toString());
                item.executeUpdate();
            }
            for (int i = 3; i < DAYS; i++) {
                int sessions = 1 + random.nextInt(3);
                for (int n = 0; n < sessions; n++) {
                    boolean hold = random.nextBoolean();
                    LocalDateTime at = day(i).atTime(8 + n * 3, random.nextInt(60), random.nextInt(60));
                    log.setString(1, exercises.get(random.nextInt(exercises.size())));
                    log.setString(2, day(i).toString());
                    log.setString(3, at.toString());
                    log.setInt(4, 1 + random.nextInt(3));
                    setOrNull(log, 5, hold ? null : 5 + random.nextInt(11));
                    setOrNull(log, 6, hold ? 10 + random.nextInt(40) : null);
                    log.setInt(7, random.nextInt(7));
                    log.executeUpdate();
                }
            }
        }
    }

    private static void safetyReviews(Connection c, Random random) throws SQLException {
        try (PreparedStatement review = c.prepareStatement(
                "INSERT INTO safety_review (kind, day, recorded_at, red_flags) VALUES (?, ?, ?, ?)")) {
            insertReview(review, "screening", day(0).atTime(9, 12), "");
            insertReview(review, "screening", day(2).atTime(19, 40), "night-pain");
            insertReview(review, "sought-care", day(4).atTime(11, 5), "night-pain");
        }
    }

    private static void trashUndoAndMeta(Connection c, Random random) throws SQLException {
        CheckIn deleted = CheckIn.on(day(4), 6).painWorst(7).areas(Set.of("lower-back")).factors(Set.of("long-sitting"))
                .note("entered twice by mistake").build();
        CheckIn replaced = CheckIn.on(day(13), 5).walkMinutes(10).note("before the import").build();
        try (PreparedStatement trash = c.prepareStatement(
                "INSERT INTO trash (day, deleted_at, reason, snapshot) VALUES (?, ?, ?, ?)");
             PreparedStatement undo = c.prepareStatement("INSERT INTO undo_log (kind, day, before_json, after_json, "
                     + "trash_id, at) VALUES (?, ?, ?, ?, ?, ?)");
             Statement s = c.createStatement()) {
            insertTrash(trash, deleted, day(5).atTime(8, 0), "deleted");
            insertTrash(trash, replaced, day(20).atTime(21, 30), "replaced-by-import");
            undo.setString(1, "deleted");
            undo.setString(2, deleted.date().toString());
            undo.setString(3, Snapshots.write(deleted));
            undo.setNull(4, java.sql.Types.VARCHAR);
            undo.setInt(5, 1);
            undo.setString(6, day(5).atTime(8, 0).toString());
            undo.executeUpdate();
            undo.setString(1, "saved");
            undo.setString(2, LAST_DAY.toString());
            undo.setString(3, Snapshots.write(CheckIn.on(LAST_DAY, 3).build()));
            undo.setString(4, Snapshots.write(CheckIn.on(LAST_DAY, 2).note("a little better").build()));
            undo.setNull(5, java.sql.Types.INTEGER);
            undo.setString(6, LAST_DAY.atTime(20, 15).toString());
            undo.executeUpdate();
            s.executeUpdate("INSERT INTO journal_meta (key, value) VALUES ('episode-start', '" + day(0) + "')");
        }
    }

    private static void movementBreaks(Connection c, Random random) throws SQLException {
        try (PreparedStatement taken = c.prepareStatement("INSERT INTO movement_break (taken_at, day) VALUES (?, ?)");
             PreparedStatement count = c.prepareStatement("UPDATE checkin SET movement_breaks = ? WHERE day = ?")) {
            for (int i = DAYS - 10; i < DAYS; i++) {
                int breaks = 1 + random.nextInt(4);
                for (int n = 0; n < breaks; n++) {
                    taken.setString(1, day(i).atTime(9 + n * 2, random.nextInt(60), random.nextInt(60)).toString());
                    taken.setString(2, day(i).toString());
                    taken.executeUpdate();
                }
                count.setInt(1, breaks);
                count.setString(2, day(i).toString());
                count.executeUpdate();
            }
        }
    }

    private static void insertTrash(PreparedStatement trash, CheckIn day, LocalDateTime at, String reason)
            throws SQLException {
        trash.setString(1, day.date().toString());
        trash.setString(2, at.toString());
        trash.setString(3, reason);
        trash.setString(4, Snapshots.write(day));
        trash.executeUpdate();
    }

    private static void insertReview(PreparedStatement review, String kind, LocalDateTime at, String flags)
            throws SQLException {
        review.setString(1, kind);
        review.setString(2, at.toLocalDate().toString());
        review.setString(3, at.toString());
        review.setString(4, flags);
        review.executeUpdate();
    }

    private static void insertItem(PreparedStatement item, String day, String kind, String id) throws SQLException {
        item.setString(1, day);
        item.setString(2, kind);
        item.setString(3, id);
        item.executeUpdate();
    }

    private static List<String> pick(List<String> from, int count, Random random) {
        Set<String> picked = new TreeSet<>();
        while (picked.size() < Math.min(count, from.size())) {
            picked.add(from.get(random.nextInt(from.size())));
        }
        return new ArrayList<>(picked);
    }

    private static void setOrNull(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, java.sql.Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}
