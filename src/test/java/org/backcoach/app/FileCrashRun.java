package org.backcoach.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.backcoach.journal.JournalBackups;
import org.backcoach.session.Session;
import org.backcoach.settings.DataFolder;
import org.backcoach.testing.TempFolders;

/**
 * Backup, import and restore from the real command line, killed with SIGKILL at random moments. A
 * half-written backup, import or restore must never replace good data: afterwards the journal is
 * whole and holds either the old data or the new, every file under a backup's name is a complete
 * copy, and the app opens normally.
 */
public final class FileCrashRun {

    private static final Pattern BACKUP_NAME = Pattern.compile("journal-\\d{4}-\\d{2}-\\d{2}-\\d{6}(-\\d+)?\\.db");
    private static final String OLD_BACKUP = "journal-2020-01-01-120000.db";

    private FileCrashRun() {
    }

    /** {@code backcoach backup} again and again on a journal of {@code days} days; the journal never changes. */
    public static CrashFigures backup(Path work, int cycles, int days, long seed) throws Exception {
        long start = System.currentTimeMillis();
        Path data = work.resolve("data");
        CrashJournals.fill(data, 0, days, seed);
        String journalDigest = JournalProbe.digest(data.resolve("journal.db"));
        Random random = new Random(seed);
        Tally tally = new Tally();
        Set<String> checked = new TreeSet<>();
        for (int i = 0; i < cycles; i++) {
            Set<String> tempsBefore = names(data.resolve("backups"), FileCrashRun::isTemp);
            ChildRun.Outcome outcome = ChildRun.backcoach(data, work.resolve("out"), tally.delay(i, random),
                    List.of("backup"));
            tally.count(i, outcome);
            if (names(data.resolve("backups"), FileCrashRun::isTemp).size() > tempsBefore.size()) {
                tally.leftovers++;
            }
            List<Path> backups = files(data.resolve("backups"), p -> BACKUP_NAME.matcher(p.getFileName().toString()).matches());
            // A kill after the new backup is in place but before the oldest is removed leaves one
            // extra, which the next finished backup removes; a finished run always leaves 14 at most.
            int allowed = outcome.acknowledged() ? JournalBackups.KEEP : JournalBackups.KEEP + 1;
            if (backups.size() > allowed) {
                tally.problem("run " + i + (outcome.acknowledged() ? " (finished)" : " (killed)") + ": "
                        + backups.size() + " backups kept, more than " + allowed);
            }
            List<Path> fresh = backups.stream().filter(b -> checked.add(b.getFileName().toString())).toList();
            for (Path backup : fresh) {
                tally.checkWhole(backup, Set.of(journalDigest), "backup " + backup.getFileName());
            }
            if (outcome.killed() && !fresh.isEmpty()) {
                tally.done++;
            }
        }
        tally.checkWhole(data.resolve("journal.db"), Set.of(journalDigest), "journal");
        tally.checkOpens(data);
        return tally.figures("backup", cycles, checked.size(), start);
    }

    /**
     * {@code backcoach import} of an export that changes half the journal's days and adds as many
     * again, each time into a fresh copy of the same data folder.
     */
    public static CrashFigures importFile(Path work, int cycles, int days, long seed) throws Exception {
        long start = System.currentTimeMillis();
        Path base = work.resolve("base");
        CrashJournals.fill(base, 0, days, seed);
        Path export = CrashJournals.export(work.resolve("export.json"), days / 2, days, seed + 1);
        String before = JournalProbe.digest(base.resolve("journal.db"));
        Path reference = copyFolder(base, work.resolve("reference"));
        ChildRun.Outcome plain = ChildRun.backcoach(reference, work.resolve("out"), 0, List.of("import", export.toString()));
        if (plain.exitCode() != 0) {
            throw new IOException("the reference import failed: " + plain.err());
        }
        String after = JournalProbe.digest(reference.resolve("journal.db"));
        return replay("import", work, base, cycles, seed, List.of("import", export.toString()), before, after, start);
    }

    /** {@code backcoach restore} of a backup that holds other data than the journal. */
    public static CrashFigures restore(Path work, int cycles, int days, long seed) throws Exception {
        long start = System.currentTimeMillis();
        Path base = work.resolve("base");
        CrashJournals.fill(base, 0, days, seed);
        Path other = work.resolve("other");
        CrashJournals.fill(other, days, days / 2, seed + 7);
        Files.copy(other.resolve("journal.db"), base.resolve("backups").resolve(OLD_BACKUP));
        String before = JournalProbe.digest(base.resolve("journal.db"));
        String restored = JournalProbe.digest(other.resolve("journal.db"));
        return replay("restore", work, base, cycles, seed, List.of("restore", OLD_BACKUP), before, restored, start);
    }

    /** Runs {@code command} on a fresh copy of {@code base} each cycle; the journal must end as {@code before} or {@code after}. */
    private static CrashFigures replay(String scenario, Path work, Path base, int cycles, long seed, List<String> command,
                                       String before, String after, long start) throws IOException, InterruptedException {
        Random random = new Random(seed);
        Tally tally = new Tally();
        for (int i = 0; i < cycles; i++) {
            Path data = copyFolder(base, work.resolve("run"));
            ChildRun.Outcome outcome = ChildRun.backcoach(data, work.resolve("out"), tally.delay(i, random), command);
            tally.count(i, outcome);
            tally.checkOpens(data);
            boolean whole = tally.checkWhole(data.resolve("journal.db"), outcome.acknowledged() ? Set.of(after)
                    : Set.of(before, after), "journal after run " + i + " (exit " + outcome.exitCode() + ")");
            if (whole && outcome.killed() && JournalProbe.digest(data.resolve("journal.db")).equals(after)) {
                tally.done++;
            }
            for (Path backup : files(data.resolve("backups"), p -> BACKUP_NAME.matcher(p.getFileName().toString()).matches())) {
                tally.checkWhole(backup, Set.of(before, after), "backup " + backup.getFileName() + " after run " + i);
            }
            for (Path aside : files(data, p -> p.getFileName().toString().startsWith("journal.db.before-restore-")
                    && !p.getFileName().toString().endsWith("-wal") && !p.getFileName().toString().endsWith("-shm"))) {
                tally.checkWhole(aside, Set.of(before), "the journal kept aside after run " + i);
            }
            if (!files(data, FileCrashRun::isTemp).isEmpty() || !files(data.resolve("backups"), FileCrashRun::isTemp).isEmpty()) {
                tally.leftovers++;
            }
        }
        return tally.figures(scenario, cycles, cycles, start);
    }

    static boolean isTemp(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".tmp");
    }

    private static Set<String> names(Path folder, Predicate<Path> filter) throws IOException {
        Set<String> names = new TreeSet<>();
        files(folder, filter).forEach(p -> names.add(p.getFileName().toString()));
        return names;
    }

    private static List<Path> files(Path folder, Predicate<Path> filter) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile).filter(filter).sorted().toList();
        }
    }

    /** A fresh copy of a data folder (its files and its backups/). */
    static Path copyFolder(Path from, Path to) throws IOException {
        TempFolders.deleteTree(to);
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }

    /** Counts and checks for one scenario. */
    private static final class Tally {
        final List<Long> plainRuns = new ArrayList<>();
        final List<String> details = new ArrayList<>();
        int acknowledged;
        int killed;
        int other;
        int done;
        int leftovers;
        int integrityFailures;
        int lost;
        int openFailures;

        /** The first two runs calibrate; then three in four are killed somewhere in a typical run's length. */
        long delay(int run, Random random) {
            if (run < 2 || random.nextInt(4) == 0) {
                return 0;
            }
            return CheckInCrashRun.killDelay(random, CrashFigures.median(plainRuns));
        }

        void count(int run, ChildRun.Outcome outcome) {
            if (outcome.acknowledged()) {
                acknowledged++;
                if (!outcome.killed()) {
                    plainRuns.add(outcome.millis());
                }
            } else if (outcome.killed()) {
                killed++;
            } else {
                other++;
                problem("run " + run + " exited with " + outcome.exitCode() + ": " + outcome.err().strip());
            }
        }

        /** The file is a whole journal holding one of the {@code allowed} data sets. */
        boolean checkWhole(Path file, Set<String> allowed, String what) {
            List<String> problems = JournalProbe.integrityProblems(file);
            if (!problems.isEmpty()) {
                integrityFailures++;
                problem(what + ": integrity check says " + problems);
                return false;
            }
            if (!allowed.contains(JournalProbe.digest(file))) {
                lost++;
                problem(what + ": holds neither the data before nor after");
                return false;
            }
            return true;
        }

        void checkOpens(Path data) {
            try (Session session = Session.open(new DataFolder(data), Optional.empty(), Clock.systemDefaultZone(), "en")) {
                session.journal().all();
                if (session.recovery().isPresent()) {
                    openFailures++;
                    problem("the app found the journal damaged: " + session.recovery().get().describe());
                }
            } catch (RuntimeException e) {
                openFailures++;
                problem("the app did not open the data folder: " + e);
            }
        }

        void problem(String text) {
            if (details.size() < 10) {
                details.add(text);
            }
        }

        CrashFigures figures(String scenario, int runs, int checked, long start) {
            return new CrashFigures(scenario, runs, acknowledged, killed, other, checked, done, leftovers, lost,
                    integrityFailures, openFailures, CrashFigures.median(plainRuns), System.currentTimeMillis() - start,
                    details);
        }
    }
}
