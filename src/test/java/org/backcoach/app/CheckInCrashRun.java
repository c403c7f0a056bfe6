package org.backcoach.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.JournalRules;
import org.backcoach.session.Session;
import org.backcoach.settings.DataFolder;

/**
 * Saves check-ins in child processes and kills many of them with SIGKILL at random moments, then
 * checks that every acknowledged save is in the journal with the same values, that SQLite finds
 * the file whole, and that the app opens it normally. Two ways in: the real command line
 * ({@code backcoach checkin}) and the store the check-in form saves through ({@link StoreSaveChild}).
 */
public final class CheckInCrashRun {

    private CheckInCrashRun() {
    }

    /**
     * A third of the kills land anywhere in a run (JVM start, reading the bundle); the rest around
     * its end, where the journal is opened, written and closed.
     */
    static long killDelay(Random random, long typicalMillis) {
        double share = random.nextInt(3) == 0 ? 0.05 + random.nextDouble() * 0.9 : 0.7 + random.nextDouble() * 0.4;
        return Math.max(1, Math.round(typicalMillis * share));
    }

    /**
     * {@code cycles} runs of {@code backcoach checkin}, by {@code workers} at once on the same data
     * folder (each on its own days, so the order of saves to a day is known); after three
     * calibration runs per worker, {@code killShare} of the runs are killed.
     */
    public static CrashFigures commandLine(Path work, int cycles, int workers, double killShare, long seed)
            throws IOException, InterruptedException {
        long start = System.currentTimeMillis();
        LocalDate anchor = LocalDate.now();
        CrashLedger ledger = new CrashLedger();
        List<Long> plainRuns = Collections.synchronizedList(new ArrayList<>());
        List<String> details = Collections.synchronizedList(new ArrayList<>());
        int[] counts = new int[3];
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = Collections.synchronizedList(new ArrayList<>());
        for (int w = 0; w < workers; w++) {
            int worker = w;
            int share = cycles / workers + (w < cycles % workers ? 1 : 0);
            threads.add(new Thread(() -> {
                try {
                    commandLineWorker(work, worker, workers, share, killShare, seed, anchor, ledger, plainRuns,
                            details, counts);
                } catch (Exception e) {
                    failures.add(e);
                }
            }, "crash-worker-" + w));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw new IOException("a crash worker failed: " + failures.get(0), failures.get(0));
        }
        return verify("checkin (command line)", work, cycles, counts[0], counts[1], counts[2], counts[0], plainRuns,
                ledger, details, start);
    }

    private static void commandLineWorker(Path work, int worker, int workers, int cycles, double killShare, long seed,
                                          LocalDate anchor, CrashLedger ledger, List<Long> plainRuns,
                                          List<String> details, int[] counts) throws IOException, InterruptedException {
        Random random = new Random(seed + worker);
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < cycles; i++) {
            LocalDate day;
            if (days.size() > 5 && random.nextInt(5) == 0) {
                day = days.get(random.nextInt(days.size()));
            } else {
                day = anchor.minusDays(1L + (long) days.size() * workers + worker);
                days.add(day);
            }
            int seq = i * workers + worker;
            CheckIn checkIn = CrashCheckIns.checkIn(seed, seq, day);
            long delay = i >= 3 && random.nextDouble() < killShare
                    ? killDelay(random, CrashFigures.median(new ArrayList<>(plainRuns))) : 0;
            ChildRun.Outcome outcome = ChildRun.backcoach(work.resolve("data"), work.resolve("out-" + worker), delay,
                    CrashCheckIns.commandLine(checkIn));
            ledger.attempted(checkIn, outcome.acknowledged());
            synchronized (counts) {
                if (outcome.acknowledged()) {
                    counts[0]++;
                    if (!outcome.killed()) {
                        plainRuns.add(outcome.millis());
                    }
                } else if (outcome.killed()) {
                    counts[1]++;
                } else {
                    counts[2]++;
                    details.add("run " + seq + " exited with " + outcome.exitCode() + ": " + outcome.err().strip());
                }
            }
        }
    }

    /**
     * {@code processes} child processes that each open the data folder as the window does and save
     * up to {@code savesPerProcess} check-ins through {@code Journal.save}, the call the check-in
     * form makes; after a first, calibrating process, most are killed part-way through.
     */
    public static CrashFigures store(Path work, int processes, int savesPerProcess, long seed)
            throws IOException, InterruptedException {
        long start = System.currentTimeMillis();
        Path data = work.resolve("data");
        LocalDate anchor = LocalDate.now();
        // Spread over many days, but never before the earliest date the journal accepts.
        int window = (int) Math.min(Math.max(50, processes * savesPerProcess / 3),
                ChronoUnit.DAYS.between(JournalRules.EARLIEST_DATE, anchor) - 1);
        Random random = new Random(seed);
        CrashLedger ledger = new CrashLedger();
        List<Long> plainRuns = new ArrayList<>();
        List<String> details = new ArrayList<>();
        int acknowledged = 0;
        int killed = 0;
        int other = 0;
        int saves = 0;
        for (int p = 0; p < processes; p++) {
            int first = p * savesPerProcess;
            long delay = p > 0 && random.nextInt(8) > 0
                    ? Math.max(1, Math.round(CrashFigures.median(plainRuns) * (0.3 + 0.75 * random.nextDouble()))) : 0;
            ChildRun.Outcome outcome = ChildRun.run(data, work.resolve("out"), delay, List.of(),
                    StoreSaveChild.class.getName(), List.of(Long.toString(seed), Integer.toString(first),
                            Integer.toString(savesPerProcess), anchor.toString(), Integer.toString(window)));
            Set<Integer> tried = new HashSet<>();
            Set<Integer> saved = new HashSet<>();
            for (String line : outcome.out().lines().toList()) {
                String[] parts = line.split(" ");
                if (parts.length == 2 && parts[0].equals("try")) {
                    tried.add(Integer.parseInt(parts[1]));
                } else if (parts.length == 2 && parts[0].equals("saved")) {
                    saved.add(Integer.parseInt(parts[1]));
                }
            }
            for (int seq = first; seq < first + savesPerProcess; seq++) {
                if (tried.contains(seq)) {
                    ledger.attempted(CrashCheckIns.checkIn(seed, seq, CrashCheckIns.storeDate(anchor, seq, window)),
                            saved.contains(seq));
                }
            }
            saves += saved.size();
            if (outcome.acknowledged()) {
                acknowledged++;
                if (!outcome.killed()) {
                    plainRuns.add(outcome.millis());
                }
            } else if (outcome.killed()) {
                killed++;
            } else {
                other++;
                details.add("process " + p + " exited with " + outcome.exitCode() + ": " + outcome.err().strip());
            }
        }
        return verify("save (check-in form)", work, processes, acknowledged, killed, other, saves, plainRuns, ledger,
                details, start);
    }

    /**
     * The app opens the folder first, as after a crash; then SQLite checks the file; then doctor and
     * list run. {@code saves} is the number of acknowledged saves checked.
     */
    private static CrashFigures verify(String scenario, Path work, int runs, int acknowledged, int killed, int other,
                                       int saves, List<Long> plainRuns, CrashLedger ledger, List<String> details, long start)
            throws IOException, InterruptedException {
        Path data = work.resolve("data");
        int openFailures = 0;
        Map<LocalDate, CheckIn> journal = new TreeMap<>();
        try (Session session = Session.open(new DataFolder(data), Optional.empty(), Clock.systemDefaultZone(), "en")) {
            session.journal().all().forEach(c -> journal.put(c.date(), c));
            if (session.recovery().isPresent()) {
                openFailures++;
                details.add("the app found the journal damaged: " + session.recovery().get().describe());
            }
        }
        List<String> integrity = JournalProbe.integrityProblems(data.resolve("journal.db"));
        details.addAll(integrity);
        for (List<String> command : List.of(List.of("doctor"), List.of("list", "--days", "5000"))) {
            ChildRun.Outcome outcome = ChildRun.backcoach(data, work.resolve("out"), 0, command);
            if (outcome.exitCode() != 0) {
                openFailures++;
                details.add("backcoach " + String.join(" ", command) + " exited with " + outcome.exitCode() + ": "
                        + outcome.err().strip());
            }
        }
        CrashLedger.Verdict verdict = ledger.verify(journal);
        details.addAll(verdict.details());
        return new CrashFigures(scenario, runs, acknowledged, killed, other, saves,
                verdict.interruptedButStored(), 0, verdict.lost() + verdict.wrong() + verdict.phantom(),
                integrity.isEmpty() ? 0 : 1, openFailures, CrashFigures.median(plainRuns),
                System.currentTimeMillis() - start, details);
    }
}
