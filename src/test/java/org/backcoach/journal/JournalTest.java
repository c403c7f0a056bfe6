package org.backcoach.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a real SQLite file in a temp folder. */
class JournalTest {

    @TempDir
    Path dir;

    @Test
    void newFileGetsTheSchemaAndDurableSettings() throws Exception {
        try (Journal journal = JournalFixtures.open(dir)) {
            assertThat(journal.all()).isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("journal.db"));
             Statement s = c.createStatement()) {
            assertThat(single(s, "PRAGMA user_version")).isEqualTo(String.valueOf(JournalSchema.CURRENT_VERSION));
            assertThat(single(s, "PRAGMA journal_mode")).isEqualTo("wal");
        }
        assertThat(JournalConnections.durableConfig().toProperties())
                .containsEntry("synchronous", "FULL").containsEntry("foreign_keys", "true");
    }

    @Test
    void saveAndReadBackEveryField() {
        try (Journal journal = JournalFixtures.open(dir)) {
            CheckIn saved = JournalFixtures.full(TODAY);
            journal.save(saved);
            assertThat(journal.find(TODAY)).contains(saved);
            assertThat(journal.latest()).contains(saved);
        } catch (InvalidCheckInException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void savingTheSameDateAgainUpdatesIt() throws Exception {
        try (Journal journal = JournalFixtures.open(dir)) {
            journal.save(JournalFixtures.full(TODAY));
            CheckIn changed = CheckIn.on(TODAY, 3).areas(Set.of("neck")).factors(Set.of("heat")).build();
            journal.save(changed);
            assertThat(journal.all()).containsExactly(changed);
        }
    }

    @Test
    void reopeningKeepsData() throws Exception {
        try (Journal journal = JournalFixtures.open(dir)) {
            journal.save(JournalFixtures.full(TODAY.minusDays(1)));
            journal.save(CheckIn.on(TODAY, 2).build());
        }
        try (Journal reopened = JournalFixtures.open(dir)) {
            assertThat(reopened.all()).extracting(CheckIn::date).containsExactly(TODAY.minusDays(1), TODAY);
            assertThat(reopened.find(TODAY.minusDays(1))).contains(JournalFixtures.full(TODAY.minusDays(1)));
        }
    }

    @Test
    void badInputStoresNothingAndKeepsWhatWasSaved() throws Exception {
        try (Journal journal = JournalFixtures.open(dir)) {
            CheckIn earlier = JournalFixtures.full(TODAY);
            journal.save(earlier);
            CheckIn bad = earlier.toBuilder().painNow(11).factors(Set.of("cake")).build();
            assertThatThrownBy(() -> journal.save(bad)).isInstanceOf(InvalidCheckInException.class)
                    .hasMessageContaining("pain now").hasMessageContaining("factors");
            assertThatThrownBy(() -> journal.save(CheckIn.on(TODAY.plusDays(1), 2).build()))
                    .isInstanceOf(InvalidCheckInException.class).hasMessageContaining("date");
            assertThat(journal.all()).containsExactly(earlier);
        }
    }

    @Test
    void betweenAndRecentAreInclusiveAndOrdered() throws Exception {
        try (Journal journal = JournalFixtures.open(dir)) {
            for (int d = 0; d < 10; d++) {
                journal.save(CheckIn.on(TODAY.minusDays(d), d % 11).build());
            }
            assertThat(journal.between(TODAY.minusDays(3), TODAY.minusDays(1))).extracting(CheckIn::date)
                    .containsExactly(TODAY.minusDays(3), TODAY.minusDays(2), TODAY.minusDays(1));
            assertThat(journal.recent(7)).hasSize(7).first().extracting(CheckIn::date).isEqualTo(TODAY.minusDays(6));
        }
    }

    @Test
    void notesKeepEveryCharacterExactly() throws Exception {
        String note = "Robert'); DROP TABLE checkin;-- 😖 \u05db\u05d0\u05d1 \"quoted\", comma\nnew line";
        try (Journal journal = JournalFixtures.open(dir)) {
            journal.save(CheckIn.on(TODAY, 5).note(note).build());
        }
        try (Journal reopened = JournalFixtures.open(dir)) {
            assertThat(reopened.find(TODAY).orElseThrow().note()).isEqualTo(note);
        }
    }

    @Test
    void upgradeCopiesTheFileAsideAndKeepsData() throws Exception {
        List<Migration> v1 = JournalSchema.MIGRATIONS;
        Migration v2 = new Migration(v1.get(v1.size() - 1).version() + 1, "test column",
                List.of("ALTER TABLE checkin ADD COLUMN mood INTEGER"));
        try (Journal journal = JournalFixtures.open(dir)) {
            journal.save(JournalFixtures.full(TODAY));
        }
        List<Migration> upgraded = new java.util.ArrayList<>(v1);
        upgraded.add(v2);
        try (Journal journal = Journal.open(dir.resolve("journal.db"), JournalFixtures.validator(),
                JournalFixtures.CLOCK, upgraded)) {
            assertThat(journal.find(TODAY)).contains(JournalFixtures.full(TODAY));
        }
        Path copy = dir.resolve("journal.db.v" + v1.get(v1.size() - 1).version() + ".bak");
        assertThat(copy).exists();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy); Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT count(*) FROM checkin")).isEqualTo("1");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("journal.db"));
             Statement s = c.createStatement()) {
            assertThat(single(s, "PRAGMA user_version")).isEqualTo(String.valueOf(v2.version()));
        }
    }

    @Test
    void aVersionOneJournalIsUpgradedWithEveryItemKept() throws Exception {
        CheckIn v1Day = CheckIn.on(TODAY, 6).painWorst(7).areas(Set.of("neck", "thighs"))
                .factors(Set.of("walking")).redFlags(Set.of("night-pain")).note("from version 1").build();
        // Written as version 1 of the app wrote it: today's code no longer speaks that schema.
        atVersion(1, "INSERT INTO checkin (day, pain_now, pain_worst, note, saved_at) VALUES ('" + TODAY
                        + "', 6, 7, 'from version 1', '" + TODAY + "T20:00:00')",
                "INSERT INTO checkin_item (day, kind, item_id) VALUES ('" + TODAY + "', 'area', 'neck'), ('" + TODAY
                        + "', 'area', 'thighs'), ('" + TODAY + "', 'factor', 'walking'), ('" + TODAY
                        + "', 'red-flag', 'night-pain')");
        try (Journal current = JournalFixtures.open(dir)) {
            assertThat(current.find(TODAY)).contains(v1Day);
            CheckIn withMilestone = v1Day.toBuilder().milestones(Set.of("slept-through")).build();
            current.save(withMilestone);
            assertThat(current.find(TODAY)).contains(withMilestone);
        }
        assertThat(dir.resolve("journal.db.v1.bak")).exists();
    }

    @Test
    void aVersionTwoJournalGainsMovementBreaksWithEveryDayKept() throws Exception {
        atVersion(2, "INSERT INTO checkin (day, pain_now, walk_min, note, saved_at) VALUES ('" + TODAY.minusDays(1)
                + "', 4, 15, 'before breaks', '" + TODAY + "T08:00:00')");
        try (Journal current = JournalFixtures.open(dir)) {
            CheckIn before = current.find(TODAY.minusDays(1)).orElseThrow();
            assertThat(before.walkMinutes()).isEqualTo(15);
            assertThat(before.movementBreaks()).isNull();
            assertThat(current.recordMovementBreak(TODAY.minusDays(1).atTime(10, 0))).isEqualTo(1);
            assertThat(current.find(TODAY.minusDays(1)).orElseThrow().movementBreaks()).isEqualTo(1);
        }
        assertThat(dir.resolve("journal.db.v2.bak")).exists();
    }

    @Test
    void movementBreaksAreLoggedAndCountedInThatDaysCheckIn() throws Exception {
        try (Journal journal = JournalFixtures.open(dir)) {
            assertThat(journal.recordMovementBreak(TODAY.atTime(9, 30))).isEqualTo(1);
            assertThat(journal.recordMovementBreak(TODAY.atTime(9, 30))).as("the same second counts once").isEqualTo(1);
            assertThat(journal.find(TODAY)).as("a break alone makes no check-in").isEmpty();
            journal.save(CheckIn.on(TODAY, 3).movementBreaks(1).build());
            assertThat(journal.recordMovementBreak(TODAY.atTime(10, 20))).isEqualTo(2);
            assertThat(journal.find(TODAY).orElseThrow().movementBreaks()).isEqualTo(2);
            assertThat(journal.recordMovementBreak(TODAY.minusDays(1).atTime(23, 59))).isEqualTo(1);
            assertThat(journal.movementBreaksLogged(TODAY)).isEqualTo(2);
            assertThat(journal.movementBreakLog()).containsExactly(TODAY.minusDays(1).atTime(23, 59),
                    TODAY.atTime(9, 30), TODAY.atTime(10, 20));
            assertThatThrownBy(() -> journal.recordMovementBreak(TODAY.atTime(10, 35)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("future");
            assertThatThrownBy(() -> journal.save(CheckIn.on(TODAY, 3).movementBreaks(CheckIn.MAX_MOVEMENT_BREAKS + 1)
                    .build())).isInstanceOf(InvalidCheckInException.class).hasMessageContaining("movement breaks");
        }
    }

    /** Creates journal.db at an old schema version and fills it with that version's SQL. */
    private void atVersion(int version, String... inserts) throws Exception {
        Journal.open(dir.resolve("journal.db"), JournalFixtures.validator(), JournalFixtures.CLOCK,
                JournalSchema.MIGRATIONS.subList(0, version)).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("journal.db"));
             Statement s = c.createStatement()) {
            for (String sql : inserts) {
                s.execute(sql);
            }
        }
    }

    @Test
    void exerciseLogRoundTripAndNoDuplicates() throws Exception {
        try (Journal journal = JournalFixtures.open(dir)) {
            ExerciseLogEntry first = new ExerciseLogEntry("cat-cow", TODAY.atTime(9, 0, 12), 1, 12, null, 2);
            ExerciseLogEntry hold = new ExerciseLogEntry("childs-pose", TODAY.atTime(9, 5), 2, null, 25, 3);
            journal.logExercise(first);
            journal.logExercise(hold);
            journal.logExercise(first);
            assertThat(journal.exerciseLog(TODAY, TODAY)).containsExactly(first, hold);
            assertThat(journal.exerciseLog(TODAY.minusDays(3), TODAY.minusDays(1))).isEmpty();
            assertThatThrownBy(() -> journal.logExercise(new ExerciseLogEntry("cat-cow", TODAY.atTime(10, 0), 1, 12,
                    null, 12))).isInstanceOf(InvalidExerciseLogException.class).hasMessageContaining("pain during");
            assertThat(journal.exerciseLog()).hasSize(2);
        }
    }

    @Test
    void aFailingUpgradeStepIsRolledBack() throws Exception {
        try (Journal journal = JournalFixtures.open(dir)) {
            journal.save(JournalFixtures.full(TODAY));
        }
        List<Migration> broken = new java.util.ArrayList<>(JournalSchema.MIGRATIONS);
        broken.add(new Migration(JournalSchema.CURRENT_VERSION + 1, "half-broken", List.of(
                "CREATE TABLE extra (x INTEGER)", "THIS IS NOT SQL")));
        assertThatThrownBy(() -> Journal.open(dir.resolve("journal.db"), JournalFixtures.validator(),
                JournalFixtures.CLOCK, broken)).isInstanceOf(JournalException.class).hasMessageContaining("rolled back");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("journal.db"));
             Statement s = c.createStatement()) {
            assertThat(single(s, "PRAGMA user_version")).isEqualTo(String.valueOf(JournalSchema.CURRENT_VERSION));
            assertThat(single(s, "SELECT count(*) FROM sqlite_master WHERE name = 'extra'")).isEqualTo("0");
        }
    }

    @Test
    void aNewerJournalIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("journal.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE future (x INTEGER)");
            s.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> JournalFixtures.open(dir)).isInstanceOf(JournalException.class)
                .hasMessageContaining("newer BackCoach").hasMessageContaining("untouched");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotADatabaseGetsAClearError() throws Exception {
        Files.writeString(dir.resolve("journal.db"), "this is not sqlite, just text that is long enough to look odd");
        assertThatThrownBy(() -> JournalFixtures.open(dir)).isInstanceOf(JournalException.class)
                .hasMessageContaining("not a readable BackCoach journal");
    }

    private static String single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
