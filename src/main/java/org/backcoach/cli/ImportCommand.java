package org.backcoach.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.backcoach.journal.ImportData;
import org.backcoach.journal.ImportPlan;
import org.backcoach.journal.InvalidImportException;
import org.backcoach.journal.JournalBackups;
import org.backcoach.journal.JournalImport;
import org.backcoach.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code backcoach import FILE}: merges a JSON export into the journal by date. It prints what will
 * change first; {@code --dry-run} stops there. Importing the same file twice changes nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a JSON export (from backcoach export --format json), merging by date.",
                "Days already the same are skipped; a day that differs takes the file's version, and the",
                "journal's version goes to the trash. A backup is made first."})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "FILE", description = "The JSON export to import.")
    Path file;

    @Option(names = "--dry-run", description = "Only show what would change.")
    boolean dryRun;

    @Override
    public Integer call() {
        Session session = root.session();
        PrintWriter out = root.environment.out();
        try {
            ImportData data = JournalImport.read(file);
            ImportPlan plan = JournalImport.plan(session.journal(), data);
            describe(plan).forEach(out::println);
            if (dryRun || plan.changesNothing()) {
                return 0;
            }
            JournalBackups.Backup backup = session.backups().create(session.journal());
            JournalImport.apply(session.journal(), data);
            out.println("Imported. A backup from just before the import is at " + backup.file());
            return 0;
        } catch (InvalidImportException e) {
            PrintWriter err = root.environment.err();
            err.println("backcoach: " + file + " was not imported; nothing was changed:");
            e.problems().forEach(problem -> err.println("  " + problem));
            return 1;
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static List<String> describe(ImportPlan plan) {
        if (plan.changesNothing()) {
            return List.of("Nothing to change: everything in the file is already in the journal (%d check-ins, %d exercise sessions)."
                    .formatted(plan.unchanged(), plan.exercisesUnchanged()));
        }
        List<String> lines = new java.util.ArrayList<>();
        lines.add("What the import changes:");
        if (!plan.added().isEmpty()) {
            lines.add("  %s, %s to %s".formatted(count(plan.added().size(), "new check-in"), plan.added().get(0).date(),
                    plan.added().get(plan.added().size() - 1).date()));
        }
        if (!plan.replaced().isEmpty()) {
            lines.add("  %s the file's version (the journal's version goes to the trash):"
                    .formatted(plan.replaced().size() == 1 ? "1 changed check-in takes"
                            : plan.replaced().size() + " changed check-ins take"));
            plan.replaced().forEach(r -> lines.add("    " + r.date() + ": " + String.join(", ",
                    r.differences().stream().map(f -> f.label()).toList())));
        }
        lines.add("  %s already the same".formatted(count(plan.unchanged(), "check-in")));
        lines.add("  %s, %d changed, %d already the same".formatted(count(plan.exercisesAdded().size(),
                "new exercise session"), plan.exercisesReplaced().size(), plan.exercisesUnchanged()));
        if (!plan.movementBreaksAdded().isEmpty()) {
            lines.add("  " + count(plan.movementBreaksAdded().size(), "new movement break"));
        }
        if (!plan.safetyReviewsAdded().isEmpty()) {
            lines.add("  " + count(plan.safetyReviewsAdded().size(), "new red-flag screening or sought-care answer"));
        }
        plan.newEpisodeStart().ifPresent(d -> lines.add("  the start of this episode becomes " + d));
        return lines;
    }
}
