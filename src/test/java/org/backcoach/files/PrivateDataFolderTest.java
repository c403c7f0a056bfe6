package org.backcoach.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.files.OwnerOnlyTest.mode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.backcoach.cli.CliRunner;
import org.backcoach.content.BundleFixtures;
import org.backcoach.content.BundleLibrary;
import org.backcoach.content.BundleLoader;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.session.Session;
import org.backcoach.settings.DataFolder;
import org.backcoach.settings.Settings;
import org.backcoach.settings.SettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything BackCoach writes is readable by the person's account only: folders 0700, files 0600. */
class PrivateDataFolderTest {

    @TempDir
    Path dir;
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void setUp() {
        assumeTrue(OwnerOnly.supported(dir), "this file system has no POSIX permissions (e.g. Windows, where the "
                + "per-user data folder is private to the account already); nothing to check here");
        Logger.getLogger(OwnerOnly.class.getName()).addHandler(capture);
    }

    @AfterEach
    void tearDown() {
        Logger.getLogger(OwnerOnly.class.getName()).removeHandler(capture);
    }

    @Test
    void everythingBackCoachWritesIsOwnerOnly() throws Exception {
        Path data = dir.resolve("data");
        CliRunner cli = new CliRunner(data);
        assertThat(cli.run("checkin", "--pain", "5", "--note", "private").exitCode()).isZero();
        try (Session session = Session.open(new DataFolder(data), Optional.empty(), JournalFixtures.CLOCK, "en")) {
            session.journal().save(CheckIn.on(JournalFixtures.TODAY.minusDays(1), 3).build());
            Path journal = data.resolve("journal.db");
            assertThat(List.of(journal, sibling(journal, "-wal"), sibling(journal, "-shm")))
                    .as("while the journal is open").allSatisfy(f -> assertThat(mode(f)).isEqualTo("rw-------"));
            session.settingsStore().save(Settings.defaults().withPersonName("Ana"));
            Path bundle = BundleFixtures.write(dir.resolve("from-physio.json"), tree -> tree.put("bundleId", "physio-ana"));
            Files.setPosixFilePermissions(bundle, PosixFilePermissions.fromString("rw-r--r--"));
            assertThat(new BundleLibrary(new BundleLoader(), session.folder().bundlesFolder()).install(bundle)
                    .problems()).isEmpty();
        }
        assertThat(cli.run("backup").exitCode()).isZero();
        String backupName = Files.list(data.resolve("backups")).findFirst().orElseThrow().getFileName().toString();
        assertThat(cli.run("restore", backupName).exitCode()).isZero();
        Path out = dir.resolve("exports");
        assertThat(cli.run("export", "--format", "json", "--out", out.resolve("journal.json").toString()).exitCode()).isZero();
        assertThat(cli.run("export", "--format", "csv", "--out", out.resolve("csv").toString()).exitCode()).isZero();

        assertThat(data.resolve("bundles/physio-ana.json")).exists();
        assertThat(data.resolve("settings.json")).exists();
        assertThat(Files.list(data).map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("journal.db.before-restore-"));
        assertOwnerOnly(data);
        assertOwnerOnly(out);
        assertThat(out.resolve("csv/checkin.csv")).exists();
        assertThat(logged).as("nothing needed tightening").isEmpty();
    }

    @Test
    void anExistingFolderIsTightenedWithALogLine() throws Exception {
        Path data = dir.resolve("data");
        assertThat(new CliRunner(data).run("checkin", "--pain", "4").exitCode()).isZero();
        Files.writeString(data.resolve("settings.json"), "{\"personName\": \"Ana\"}");
        Files.createDirectories(data.resolve("bundles"));
        Files.writeString(data.resolve("bundles/physio-ana.json"), "{}");
        Files.createDirectories(data.resolve("logs"));
        Files.writeString(data.resolve("logs/backcoach-0.log"), "started");
        Path unrelated = Files.writeString(data.resolve("holiday.jpg"), "not BackCoach's");
        try (Stream<Path> all = Files.walk(data)) {
            for (Path p : all.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        logged.clear();

        assertThat(new CliRunner(data).run("list").exitCode()).isZero();

        try (Stream<Path> all = Files.walk(data)) {
            assertThat(all.filter(p -> !p.equals(unrelated)).toList()).allSatisfy(p ->
                    assertThat(mode(p)).as(p.toString()).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------"));
        }
        assertThat(mode(unrelated)).as("a file that is not BackCoach's is left alone").isEqualTo("rw-r--r--");
        assertThat(logged).anySatisfy(line -> assertThat(line).contains(data.resolve("journal.db").toString())
                .contains("owner-only").contains("it was rw-r--r--"));
        assertThat(logged).anySatisfy(line -> assertThat(line).contains(data.toString() + " to owner-only (rwx------; it was rwxr-xr-x)"));
        assertThat(logged).anySatisfy(line -> assertThat(line).contains("backcoach-0.log"));
        assertThat(logged).anySatisfy(line -> assertThat(line).contains("settings.json"));
        assertThat(logged).noneMatch(line -> line.contains("holiday.jpg"));
    }

    @Test
    void theFolderTheWindowOpensIsCreatedOwnerOnly() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("new/backcoach")).ensureExists();
        assertThat(mode(folder.root())).isEqualTo("rwx------");
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static void assertOwnerOnly(Path root) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            List<Path> paths = all.toList();
            assertThat(paths).hasSizeGreaterThan(1);
            assertThat(paths).allSatisfy(p -> assertThat(mode(p)).as(p.toString())
                    .isEqualTo(Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "rwx------" : "rw-------"));
        }
    }
}
