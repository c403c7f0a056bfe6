package org.backcoach.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.backcoach.content.Bundle;
import org.backcoach.content.BundleLoader;
import org.backcoach.content.Exercise;
import org.backcoach.content.Factor;
import org.backcoach.insights.ChartRange;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.ExerciseLogEntry;
import org.backcoach.journal.ImportData;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalImport;
import org.backcoach.journal.PainAreas;
import org.backcoach.session.Session;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.progress.ProgressViewModel;
import org.sqlite.SQLiteConfig;

/**
 * Progress and saving, measured against plain JDBC in the same run (see docs/performance.md).
 * (a) Opening Progress: the screen's whole load (queries, insights, recovery course, milestones,
 *     chart series, history rows) against a plain SQL scan of the same rows.
 * (b) One check-in save against a raw JDBC insert of the same data with the same PRAGMAs.
 * Run with bench/progress.sh [work-folder]; the work folder should be on the disk the data lives on.
 * With {@code --smoke} after the work folder it runs a tiny size (a year, a few rounds) only to prove
 * it still works: {@code mvn verify} does that, so a change that breaks the benchmark breaks the build.
 */
public final class ProgressBenchmark {

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();
    /** The full size, or the smoke size {@code mvn verify} runs: the same code with less data and fewer rounds. */
    private record Size(int years, int exerciseLogs, int warmup, int runs, int saveWarmup, int saveRuns) {
        static final Size FULL = new Size(20, 50_000, 15, 31, 30, 401);
        static final Size SMOKE = new Size(1, 200, 1, 3, 1, 3);
    }

    private static Size size = Size.FULL;

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "bench/out/work"));
        if (args.length > 1 && args[1].equals("--smoke")) {
            size = Size.SMOKE;
        }
        Clock clock = Clock.systemDefaultZone();
        LocalDate today = LocalDate.now(clock);
        Bundle bundle = new BundleLoader().loadBuiltIn("en").bundle().orElseThrow();
        Path journalFile = work.resolve("journal-" + System.nanoTime() + ".db");
        Path rawFile = work.resolve("raw-" + System.nanoTime() + ".db");

        long t0 = System.nanoTime();
        try (Journal journal = Journal.open(journalFile, Session.rulesFor(bundle, clock), clock)) {
            Random random = new Random(42);
            List<CheckIn> days = checkIns(random, bundle, today);
            List<ExerciseLogEntry> log = exerciseLog(random, bundle, today);
            JournalImport.apply(journal, ImportData.of(work, days, log, Optional.empty()));
            System.out.printf("Generated %d check-ins (%d years) and %d exercise sessions in %.1f s%n",
                    days.size(), size.years(), log.size(), (System.nanoTime() - t0) / 1e9);
            journal.maintenance().copyTo(rawFile);

            System.out.println();
            System.out.println("| Measure | BackCoach median | Baseline median | Ratio | Goal |");
            System.out.println("|---|---|---|---|---|");
            for (ChartRange range : List.of(ChartRange.SIX_WEEKS, ChartRange.ALL)) {
                openingProgress(journal, bundle, rawFile, range, today);
            }
            checkInSave(journal, rawFile, random, bundle, today);
        } finally {
            for (Path file : List.of(journalFile, rawFile)) {
                for (String suffix : List.of("", "-wal", "-shm")) {
                    Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
                }
            }
        }
    }

    /**
     * (a) The view model's refresh, run synchronously, against scanning the rows it reads. The two
     * alternate, so a busy machine slows both alike; CPU time is reported too, as it is steadier.
     */
    private static void openingProgress(Journal journal, Bundle bundle, Path rawFile, ChartRange range, LocalDate today)
            throws Exception {
        ProgressViewModel model = new ProgressViewModel(journal, bundle, Async.direct(), new Messages(Locale.ENGLISH));
        model.rangeProperty().set(range);
        LocalDate from = range == ChartRange.ALL ? LocalDate.of(2000, 1, 1) : range.from(today, Optional.empty());
        try (Connection raw = connect(rawFile)) {
            int warmup = size.warmup();
            int runs = size.runs();
            long[][] app = new long[2][runs];
            long[][] base = new long[2][runs];
            for (int i = -warmup; i < runs; i++) {
                long wall = System.nanoTime();
                long cpu = CPU.getCurrentThreadCpuTime();
                model.refresh();
                long appWall = System.nanoTime() - wall;
                long appCpu = CPU.getCurrentThreadCpuTime() - cpu;
                wall = System.nanoTime();
                cpu = CPU.getCurrentThreadCpuTime();
                long sink = scan(raw, from, today);
                long baseWall = System.nanoTime() - wall;
                long baseCpu = CPU.getCurrentThreadCpuTime() - cpu;
                if (model.reportProperty().get() == null || sink == 0) {
                    throw new IllegalStateException("nothing was loaded");
                }
                if (i >= 0) {
                    app[0][i] = appWall;
                    app[1][i] = appCpu;
                    base[0][i] = baseWall;
                    base[1][i] = baseCpu;
                }
            }
            String what = "(a) Opening Progress, span " + (range == ChartRange.ALL ? "all" : "6 weeks") + " ("
                    + model.history().rows().size() + " check-ins, " + model.insights().size() + " insight(s))";
            report(what + ", wall clock", app[0], base[0], 3.0);
            report(what + ", CPU time", app[1], base[1], 3.0);
        }
    }

    /** A plain scan: every column of every row Progress reads, nothing built from them. */
    private static long scan(Connection c, LocalDate from, LocalDate to) throws Exception {
        long sink = 0;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT day, pain_now, pain_worst, spasms, walk_min, sitting_max_min, "
                     + "stress, sleep, note FROM checkin ORDER BY day")) {
            while (rs.next()) {
                sink += rs.getString(1).length() + rs.getInt(2) + rs.getInt(3) + rs.getInt(4) + rs.getInt(5)
                        + rs.getInt(6) + rs.getInt(7) + rs.getInt(8) + rs.getString(9).length();
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT day, kind, item_id FROM checkin_item")) {
            while (rs.next()) {
                sink += rs.getString(1).length() + rs.getString(2).length() + rs.getString(3).length();
            }
        }
        try (PreparedStatement p = c.prepareStatement("SELECT exercise_id, day, done_at, sets_done, reps, hold_seconds, "
                + "pain_during FROM exercise_log WHERE day BETWEEN ? AND ?")) {
            p.setString(1, from.toString());
            p.setString(2, to.toString());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    sink += rs.getString(1).length() + rs.getString(2).length() + rs.getString(3).length()
                            + rs.getInt(4) + rs.getInt(5) + rs.getInt(6) + rs.getInt(7);
                }
            }
        }
        return sink;
    }

    /**
     * (b) Journal.save of today's check-in against the same row and items written with raw JDBC, in
     * two forms: statements prepared for each save (plain raw JDBC), and prepared once and reused
     * (the fastest raw JDBC can be). The three take turns, so a busy disk slows all alike.
     */
    private static void checkInSave(Journal journal, Path rawFile, Random random, Bundle bundle, LocalDate today)
            throws Exception {
        try (Connection raw = connect(rawFile)) {
            RawWriter perSave = new RawWriter(raw, false);
            RawWriter reused = new RawWriter(raw, true);
            int warmup = size.saveWarmup();
            int runs = size.saveRuns();
            long[] app = new long[runs];
            long[] basePerSave = new long[runs];
            long[] baseReused = new long[runs];
            long[] appCpu = new long[runs];
            long[] reusedCpu = new long[runs];
            for (int i = -warmup; i < runs; i++) {
                CheckIn day = checkIn(random, bundle, today);
                long[] took = new long[3];
                long[] cpu = new long[3];
                // A different order each time: whoever writes right after another write can find the disk warmer.
                for (int k = 0; k < 3; k++) {
                    int which = Math.floorMod(i + k, 3);
                    long start = System.nanoTime();
                    long startCpu = CPU.getCurrentThreadCpuTime();
                    if (which == 0) {
                        journal.save(day);
                    } else if (which == 1) {
                        perSave.write(day);
                    } else {
                        reused.write(day);
                    }
                    took[which] = System.nanoTime() - start;
                    cpu[which] = CPU.getCurrentThreadCpuTime() - startCpu;
                }
                if (i >= 0) {
                    app[i] = took[0];
                    basePerSave[i] = took[1];
                    baseReused[i] = took[2];
                    appCpu[i] = cpu[0];
                    reusedCpu[i] = cpu[2];
                }
            }
            report("(b) One check-in save vs raw JDBC preparing its statements, wall clock", app, basePerSave, 1.25);
            report("(b) One check-in save vs raw JDBC reusing prepared statements, wall clock", app, baseReused, 1.25);
            reportInfo("(b) the same, CPU time only: the work left once waiting for the disk is taken out", appCpu, reusedCpu);
            reused.close();
        }
    }

    /** The same row and items as Journal.save writes, in one transaction, with nothing else. */
    private static final class RawWriter {
        private static final String ROW = "INSERT OR REPLACE INTO checkin (day, pain_now, pain_worst, spasms, walk_min, "
                + "sitting_max_min, stress, sleep, note, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        private static final String CLEAR = "DELETE FROM checkin_item WHERE day = ?";
        private static final String ITEM = "INSERT INTO checkin_item (day, kind, item_id) VALUES (?, ?, ?)";
        private final Connection c;
        private final boolean reuse;
        private PreparedStatement row;
        private PreparedStatement clear;
        private PreparedStatement item;

        RawWriter(Connection c, boolean reuse) {
            this.c = c;
            this.reuse = reuse;
        }

        void write(CheckIn day) throws Exception {
            if (row == null) {
                row = c.prepareStatement(ROW);
                clear = c.prepareStatement(CLEAR);
                item = c.prepareStatement(ITEM);
            }
            c.setAutoCommit(false);
            try {
                String date = day.date().toString();
                row.setString(1, date);
                row.setInt(2, day.painNow());
                row.setInt(3, day.painWorst());
                row.setInt(4, day.spasms());
                row.setInt(5, day.walkMinutes());
                row.setInt(6, day.sittingMaxMinutes());
                row.setInt(7, day.stress());
                row.setInt(8, day.sleep());
                row.setString(9, day.note());
                row.setString(10, LocalDateTime.now().toString());
                row.executeUpdate();
                clear.setString(1, date);
                clear.executeUpdate();
                for (String[] kindAndIds : new String[][] {ids("area", day.areas()), ids("factor", day.factors()),
                        ids("milestone", day.milestones())}) {
                    for (int k = 1; k < kindAndIds.length; k++) {
                        item.setString(1, date);
                        item.setString(2, kindAndIds[0]);
                        item.setString(3, kindAndIds[k]);
                        item.addBatch();
                    }
                }
                item.executeBatch();
                c.commit();
            } finally {
                c.setAutoCommit(true);
                if (!reuse) {
                    close();
                }
            }
        }

        void close() throws Exception {
            if (row != null) {
                row.close();
                clear.close();
                item.close();
                row = null;
            }
        }
    }

    private static String[] ids(String kind, Set<String> ids) {
        List<String> all = new ArrayList<>();
        all.add(kind);
        all.addAll(ids);
        return all.toArray(String[]::new);
    }

    /** The journal's own durability settings: WAL, synchronous=FULL, foreign keys, busy timeout. */
    private static Connection connect(Path file) throws Exception {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5_000);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    private static void report(String what, long[] app, long[] base, double goal) {
        double a = median(app) / 1e6;
        double b = median(base) / 1e6;
        double ratio = a / b;
        System.out.printf("| %s | %.2f ms | %.2f ms | %.2f× | ≤ %.2f× %s |%n", what, a, b, ratio, goal,
                ratio <= goal ? "met" : "missed");
    }

    /** A row without a goal: shown to explain where the time goes. */
    private static void reportInfo(String what, long[] app, long[] base) {
        double a = median(app) / 1e6;
        double b = median(base) / 1e6;
        System.out.printf("| %s | %.2f ms | %.2f ms | %.2f× | (no goal) |%n", what, a, b, a / b);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Random days, with one real pattern so insights have work to do: long sitting raises next-day pain. */
    private static List<CheckIn> checkIns(Random random, Bundle bundle, LocalDate today) {
        List<CheckIn> days = new ArrayList<>();
        boolean satLong = false;
        for (LocalDate d = today.minusYears(size.years()); !d.isAfter(today); d = d.plusDays(1)) {
            CheckIn day = checkIn(random, bundle, d);
            if (satLong) {
                int pain = Math.min(10, day.painNow() + 2);
                day = day.toBuilder().painNow(pain).painWorst(Math.max(pain, day.painWorst())).build();
            }
            satLong = day.factors().contains("long-sitting");
            days.add(day);
        }
        return days;
    }

    private static CheckIn checkIn(Random random, Bundle bundle, LocalDate date) {
        List<Factor> factors = bundle.factors();
        Set<String> chosen = new TreeSet<>();
        for (int f = random.nextInt(4); f > 0; f--) {
            chosen.add(factors.get(random.nextInt(factors.size())).id());
        }
        int pain = random.nextInt(9);
        return CheckIn.on(date, pain).painWorst(Math.min(10, pain + random.nextInt(3))).spasms(random.nextInt(6))
                .areas(new TreeSet<>(List.of(PainAreas.IDS.get(random.nextInt(PainAreas.IDS.size())), "lower-back")))
                .walkMinutes(random.nextInt(90)).sittingMaxMinutes(30 + random.nextInt(300)).factors(chosen)
                .stress(random.nextInt(11)).sleep(random.nextInt(11))
                .milestones(random.nextInt(10) == 0 ? Set.of("walked-10-min") : Set.of())
                .note(random.nextInt(4) == 0 ? "Stiff in the morning, better after a walk." : "").build();
    }

    private static List<ExerciseLogEntry> exerciseLog(Random random, Bundle bundle, LocalDate today) {
        List<Exercise> exercises = bundle.exercises();
        LocalDateTime first = today.minusYears(size.years()).atTime(7, 0);
        long minutes = java.time.Duration.between(first, today.atTime(7, 0)).toMinutes();
        List<ExerciseLogEntry> log = new ArrayList<>();
        for (int i = 0; i < size.exerciseLogs(); i++) {
            LocalDateTime at = first.plusMinutes(minutes * i / size.exerciseLogs());
            log.add(new ExerciseLogEntry(exercises.get(i % exercises.size()).id(), at, 1 + random.nextInt(3),
                    5 + random.nextInt(10), null, random.nextInt(8)));
        }
        return log;
    }
}
