package org.backcoach.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backcoach.journal.JournalFixtures.TODAY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The field list is the only place the journal learns a check-in's fields: a field it has never
 * seen, put in the list, is saved, read back, exported to JSON and CSV, imported and compared like
 * the real ones. This fails if any of those paths names the fields itself.
 *
 * <p>{@link CheckIn} is a fixed record, so each throwaway field keeps its value in a component of
 * the record: a score in {@code stress} and an id set in {@code factors}. The real STRESS and
 * FACTORS are left out of the list, so nothing else writes those components: whatever comes back in
 * them came through the throwaway field's own column, item kind, JSON key or CSV header.
 */
class ThrowawayFieldTest {

    /** A field the production code has never heard of; its value lives in the record component of {@code carrier}. */
    record Throwaway(String name, String column, String jsonName, CheckInField carrier) implements FieldFormat {
        @Override
        public String label() {
            return name.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }

        @Override
        public Kind kind() {
            return carrier.kind();
        }

        @Override
        public boolean required() {
            return false;
        }

        @Override
        public Object get(CheckIn checkIn) {
            return carrier.get(checkIn);
        }

        @Override
        public void set(CheckIn.Builder builder, Object value) {
            carrier.set(builder, value);
        }
    }

    private static final Throwaway SCORE = new Throwaway("TRIAL_SCORE", "trial_score", "trialScore", CheckInField.STRESS);
    private static final Throwaway ITEMS = new Throwaway("TRIAL_ITEMS", "trial-item", "trialItems", CheckInField.FACTORS);
    private static final List<FieldFormat> FIELDS = Stream.concat(
            CheckInField.ALL.stream().filter(f -> f != SCORE.carrier() && f != ITEMS.carrier()),
            Stream.of(SCORE, ITEMS)).toList();

    /** What a real new field brings: a column, and an item table that accepts the new kind. */
    private static final Migration ADD_TRIAL_FIELDS = new Migration(JournalSchema.CURRENT_VERSION + 1, "trial fields",
            List.of("ALTER TABLE checkin ADD COLUMN trial_score INTEGER",
                    """
                    CREATE TABLE checkin_item_trial (
                        day     TEXT NOT NULL REFERENCES checkin(day) ON DELETE CASCADE,
                        kind    TEXT NOT NULL,
                        item_id TEXT NOT NULL,
                        PRIMARY KEY (day, kind, item_id)
                    ) WITHOUT ROWID""",
                    "INSERT INTO checkin_item_trial SELECT day, kind, item_id FROM checkin_item",
                    "DROP TABLE checkin_item",
                    "ALTER TABLE checkin_item_trial RENAME TO checkin_item"));

    private final List<CheckIn> days = List.of(
            CheckIn.on(TODAY.minusDays(2), 5).stress(3).factors(Set.of("heat", "walking")).note("first").build(),
            CheckIn.on(TODAY.minusDays(1), 4).build(),
            CheckIn.on(TODAY, 2).painWorst(6).stress(9).factors(Set.of("long-sitting")).areas(Set.of("neck")).build());

    @TempDir
    Path dir;

    private static Journal open(Path folder) {
        List<Migration> migrations = new ArrayList<>(JournalSchema.MIGRATIONS);
        migrations.add(ADD_TRIAL_FIELDS);
        return Journal.open(folder.resolve("journal.db"), JournalFixtures.validator(), JournalFixtures.CLOCK,
                migrations, FIELDS);
    }

    @Test
    void aSavedDayIsStoredInTheThrowawayColumnAndItemKindAndReadBackFromThem() throws Exception {
        try (Journal journal = open(dir)) {
            days.forEach(day -> save(journal, day));

            assertThat(columns(journal, "SELECT day, trial_score, stress FROM checkin ORDER BY day")).containsExactly(
                    List.of(TODAY.minusDays(2).toString(), "3", "null"), List.of(TODAY.minusDays(1).toString(), "null", "null"),
                    List.of(TODAY.toString(), "9", "null"));
            assertThat(columns(journal, "SELECT DISTINCT kind FROM checkin_item ORDER BY kind"))
                    .containsExactly(List.of("area"), List.of("trial-item"));
            assertThat(journal.all()).isEqualTo(days);
            assertThat(journal.find(TODAY)).contains(days.get(2));
        }
    }

    @Test
    void theThrowawayFieldGoesOutInTheExportsAndComesBackInByImport() throws Exception {
        Path json = dir.resolve("export.json");
        JournalExport export = new JournalExport(JournalFixtures.CLOCK, FIELDS);
        try (Journal journal = open(dir.resolve("a"))) {
            days.forEach(day -> save(journal, day));
            export.writeJson(journal.contents(), json);
            export.writeCsv(journal.contents(), dir.resolve("csv"));
        }

        JsonNode first = new ObjectMapper().readTree(json.toFile()).get("checkIns").get(0);
        assertThat(first.get("trialScore").asInt()).isEqualTo(3);
        assertThat(first.get("trialItems").toString()).isEqualTo("[\"heat\",\"walking\"]");
        assertThat(first.has("stress")).isFalse();
        assertThat(first.has("factors")).isFalse();

        List<List<String>> rows = HostileText.parseCsv(Files.readString(dir.resolve("csv").resolve(JournalExport.CHECKIN_CSV),
                StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        assertThat(header).contains("trial_score").doesNotContain("stress");
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(header.indexOf("trial_score")))
                .containsExactly("3", "", "9");
        List<List<String>> items = HostileText.parseCsv(Files.readString(
                dir.resolve("csv").resolve(JournalExport.CHECKIN_ITEM_CSV), StandardCharsets.UTF_8));
        assertThat(items.subList(1, items.size())).extracting(row -> row.get(1)).containsOnly("area", "trial-item");
        assertThat(items).contains(List.of(TODAY.toString(), "trial-item", "long-sitting"));

        assertThatThrownBy(() -> JournalImport.read(json)).as("the app's own field list does not know the key")
                .isInstanceOf(InvalidImportException.class).hasMessageContaining("trialScore: is not a field");
        try (Journal empty = open(dir.resolve("b"))) {
            ImportPlan plan = JournalImport.apply(empty, JournalImport.read(json, FIELDS));
            assertThat(plan.added()).isEqualTo(days);
            assertThat(empty.all()).isEqualTo(days);
        }
    }

    @Test
    void anImportNamesTheThrowawayFieldWhereADayDiffers() {
        CheckIn before = days.get(0);
        CheckIn after = before.toBuilder().stress(4).factors(Set.of("heat")).build();
        assertThat(JournalImport.differences(before, after, FIELDS)).containsExactly(SCORE, ITEMS);
    }

    @Test
    void undoAfterReopeningRestoresTheThrowawayFieldFromTheSavedSnapshot() {
        try (Journal journal = open(dir)) {
            save(journal, days.get(0));
            save(journal, days.get(0).toBuilder().stress(8).factors(Set.of()).build());
        }
        try (Journal journal = open(dir)) {
            journal.history().undo();
            assertThat(journal.find(days.get(0).date())).contains(days.get(0));
        }
    }

    private static void save(Journal journal, CheckIn day) {
        try {
            journal.save(day);
        } catch (InvalidCheckInException e) {
            throw new AssertionError(e);
        }
    }

    /** Raw rows as text, straight from SQLite, so nothing of the journal's own reading is involved. */
    private static List<List<String>> columns(Journal journal, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement s = journal.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(String.valueOf(rs.getString(i)));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
