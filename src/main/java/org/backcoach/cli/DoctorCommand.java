package org.backcoach.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalBackups;
import org.backcoach.journal.JournalSummary;
import org.backcoach.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code backcoach doctor}: SQLite's full integrity check of the journal, and how the backups stand. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Check the journal file for damage and report on the backups.",
                "Exit 0 when the journal is healthy, 1 when the check found problems."})
final class DoctorCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        Session session = root.session();
        Journal journal = session.journal();
        PrintWriter out = root.environment.out();
        List<String> problems = journal.maintenance().integrityProblems(false);
        JournalSummary summary = journal.maintenance().summary();
        out.println("Journal: " + journal.file());
        out.println("  schema version " + journal.schemaVersion() + "; integrity check: "
                + (problems.isEmpty() ? "ok" : problems.size() + " problem(s)"));
        problems.stream().limit(10).forEach(p -> out.println("    " + p));
        out.println("  " + summary.checkIns() + " check-ins" + summary.firstDay().map(first -> " from " + first
                + " to " + summary.lastDay().orElseThrow()).orElse("") + "; " + summary.exerciseSessions()
                + " exercise sessions; " + summary.inTrash() + " in the trash");

        JournalBackups backups = session.backups();
        List<JournalBackups.Backup> list = backups.list();
        out.println("Backups: " + backups.folder());
        if (list.isEmpty()) {
            out.println("  none yet; run: backcoach backup");
        } else {
            JournalBackups.Backup newest = list.get(0);
            long age = ChronoUnit.DAYS.between(newest.date(), LocalDate.now(root.environment.clock()));
            out.println(String.format(java.util.Locale.ROOT,
                    "  %d kept (at most %d); the newest is %s, taken %s (%s), %,d bytes", list.size(), JournalBackups.KEEP,
                    newest.file().getFileName(), newest.takenAt().toString().replace('T', ' '),
                    age == 0 ? "today" : age == 1 ? "yesterday" : age + " days ago", newest.bytes()));
        }
        List<Path> setAside = setAsideFiles(journal.file());
        if (!setAside.isEmpty()) {
            out.println("Kept aside (BackCoach never deletes these; remove them once you are sure you do not need them):");
            setAside.forEach(p -> out.println("  " + p.getFileName()));
        }
        if (!problems.isEmpty()) {
            root.environment.err().println("backcoach: the journal is damaged. Restore a backup with: backcoach restore FILE");
            return 1;
        }
        return 0;
    }

    private static List<Path> setAsideFiles(Path journal) {
        String prefix = journal.getFileName() + ".";
        try (Stream<Path> files = Files.list(journal.toAbsolutePath().getParent())) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && !p.getFileName().toString().endsWith("-wal") && !p.getFileName().toString().endsWith("-shm"))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
