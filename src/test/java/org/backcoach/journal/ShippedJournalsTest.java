package org.backcoach.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.backcoach.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every schema version BackCoach has shipped, as a real file (see {@link ShippedJournals}), upgrades
 * to the current version with every row kept; a file from a newer version is refused untouched.
 */
class ShippedJournalsTest {

    @TempDir
    Path dir;

    static IntStream versions() {
        return IntStream.rangeClosed(1, JournalSchema.CURRENT_VERSION);
    }

    @Test
    void everyShippedVersionHasAFile() throws Exception {
        for (int version : versions().toArray()) {
            assertThat(ShippedJournals.copy(version, dir.resolve("v" + version)))
                    .as("no %s: add a filler to ShippedJournals.FILLERS, run bench/journal-fixture.sh and commit "
                            + "the file", ShippedJournals.fileName(version)).isTrue();
            assertThat(userVersion(dir.resolve("v" + version))).isEqualTo(version);
        }
    }

    @ParameterizedTest(name = "journal version {0}")
    @MethodSource("versions")
    void upgradesToTheCurrentVersionWithEveryRowKept(int version) throws Exception {
        Path file = dir.resolve("journal.db");
        ShippedJournals.copy(version, file);
        Map<String, Table> before = tables(file);
        assertThat(before.values()).as("the file has data in every table of its version")
                .allSatisfy(table -> assertThat(table.rows()).as(table.name()).isNotEmpty());

        try (Journal journal = Journal.open(file, JournalFixtures.validator(), JournalFixtures.CLOCK)) {
            assertThat(journal.maintenance().integrityProblems(false)).isEmpty();
            assertThat(journal.all()).hasSize(before.get("checkin").rows().size());
            if (before.containsKey("exercise_log")) {
                assertThat(journal.exerciseLog()).hasSize(before.get("exercise_log").rows().size());
            }
            if (before.containsKey("safety_review")) {
                assertThat(journal.safetyReviews()).hasSize(before.get("safety_review").rows().size());
            }
            if (before.containsKey("movement_break")) {
                assertThat(journal.movementBreakLog()).hasSize(before.get("movement_break").rows().size());
            }
            if (before.containsKey("trash")) {
                assertThat(journal.history().trash()).hasSize(before.get("trash").rows().size());
                assertThat(journal.episodeStart()).contains(ShippedJournals.day(0));
            }
        }
        assertThat(userVersion(file)).isEqualTo(JournalSchema.CURRENT_VERSION);
        for (Table old : before.values()) {
            assertThat(rows(file, old.name(), old.columns())).as("table %s after the upgrade", old.name())
                    .containsExactlyElementsOf(old.rows());
        }
        if (version < JournalSchema.CURRENT_VERSION) {
            Path aside = dir.resolve("journal.db.v" + version + ".bak");
            assertThat(tables(aside)).as("the copy kept before the upgrade").isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "journal version {0}")
    @MethodSource("versions")
    void theUpgradedJournalOpensInTheApp(int version) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        ShippedJournals.copy(version, data.resolve("journal.db"));
        CliRunner.Result doctor = new CliRunner(data).run("doctor");
        assertThat(doctor.exitCode()).as(doctor.err()).isZero();
        assertThat(doctor.out()).contains("schema version " + JournalSchema.CURRENT_VERSION + "; integrity check: ok");
        assertThat(new CliRunner(data).run("list", "--days", "60").out()).contains(ShippedJournals.LAST_DAY.toString());
    }

    @Test
    void aJournalFromANewerVersionIsRefusedAndNotTouched() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path file = data.resolve("journal.db");
        ShippedJournals.copy(JournalSchema.CURRENT_VERSION, file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (JournalSchema.CURRENT_VERSION + 1));
        }
        Map<String, byte[]> before = files(data);

        assertThatThrownBy(() -> Journal.open(file, JournalFixtures.validator(), JournalFixtures.CLOCK))
                .isInstanceOf(JournalException.class).hasMessageContaining("newer BackCoach");
        CliRunner.Result list = new CliRunner(data).run("list");
        assertThat(list.exitCode()).isEqualTo(1);
        assertThat(list.err()).contains("written by a newer BackCoach").contains("left untouched");

        assertThat(files(data)).as("same files, same bytes: not upgraded, not set aside as damaged, no companions left")
                .containsOnlyKeys(before.keySet())
                .allSatisfy((name, bytes) -> assertThat(bytes).as(name).isEqualTo(before.get(name)));
    }

    record Table(String name, List<String> columns, List<List<Object>> rows) {
    }

    /** Every table with its rows, ordered by all columns (SQLite's internal tables left out). */
    static Map<String, Table> tables(Path file) throws Exception {
        Map<String, Table> tables = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT name FROM pragma_table_info('" + name + "') ORDER BY cid")) {
                    while (rs.next()) {
                        columns.add(rs.getString(1));
                    }
                }
                tables.put(name, new Table(name, columns, rows(c, name, columns)));
            }
        }
        return tables;
    }

    private static List<List<Object>> rows(Path file, String table, List<String> columns) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return rows(c, table, columns);
        }
    }

    private static List<List<Object>> rows(Connection c, String table, List<String> columns) throws Exception {
        String list = String.join(", ", columns);
        List<List<Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + list + " FROM " + table + " ORDER BY " + list)) {
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns.size(); i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static int userVersion(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    private static Map<String, byte[]> files(Path folder) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.sorted().toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
