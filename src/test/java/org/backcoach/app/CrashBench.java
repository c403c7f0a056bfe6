package org.backcoach.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The long crash runs behind docs/reliability.md; {@code bench/crash.sh} starts it. Arguments are
 * {@code name=value} pairs overriding the defaults below; the work folder comes first.
 */
public final class CrashBench {

    private CrashBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "bench/out/crash").toAbsolutePath();
        Map<String, Integer> settings = new HashMap<>(Map.of("checkin", 1000, "workers", 2, "store", 200,
                "saves", 150, "backup", 300, "import", 150, "restore", 200, "days", 1500));
        for (int i = 1; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            settings.put(pair[0], Integer.parseInt(pair[1]));
        }
        long seed = System.nanoTime();
        System.out.println("crash bench, seed " + seed + ", " + settings + ", work folder " + work);
        List<CrashFigures> all = new ArrayList<>();
        // A scenario set to 0 runs is left out, to repeat one scenario alone.
        if (settings.get("checkin") > 0) {
            all.add(report(CheckInCrashRun.commandLine(fresh(work, "checkin"), settings.get("checkin"),
                    settings.get("workers"), 0.6, seed)));
        }
        if (settings.get("store") > 0) {
            all.add(report(CheckInCrashRun.store(fresh(work, "store"), settings.get("store"), settings.get("saves"), seed)));
        }
        if (settings.get("backup") > 0) {
            all.add(report(FileCrashRun.backup(fresh(work, "backup"), settings.get("backup"), settings.get("days"), seed)));
        }
        if (settings.get("import") > 0) {
            all.add(report(FileCrashRun.importFile(fresh(work, "import"), settings.get("import"), settings.get("days"), seed)));
        }
        if (settings.get("restore") > 0) {
            all.add(report(FileCrashRun.restore(fresh(work, "restore"), settings.get("restore"), settings.get("days"), seed)));
        }
        System.out.println();
        System.out.println("| Scenario | Runs | Exited 0 | Killed | Other exits | Acknowledged saves checked "
                + "| Killed but done | Killed mid-write | Lost | Integrity failures | Open failures | Median run |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (CrashFigures f : all) {
            System.out.printf("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d ms |%n", f.scenario(), f.runs(),
                    f.acknowledged(), f.killed(), f.otherExits(), f.saves(), f.interruptedButStored(),
                    f.unfinishedLeftovers(), f.lost(), f.integrityFailures(), f.openFailures(), f.medianRunMillis());
        }
        boolean clean = all.stream().allMatch(CrashFigures::clean);
        System.out.println(clean ? "ALL CLEAN" : "PROBLEMS FOUND");
        System.exit(clean ? 0 : 1);
    }

    private static CrashFigures report(CrashFigures figures) {
        System.out.println(figures.line());
        figures.details().forEach(d -> System.out.println("    " + d));
        return figures;
    }

    private static Path fresh(Path work, String name) throws Exception {
        Path folder = work.resolve(name);
        if (Files.exists(folder)) {
            FileCrashRun.copyFolder(Files.createDirectories(work.resolve("empty")), folder);
        }
        return Files.createDirectories(folder);
    }
}
