package org.backcoach.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.backcoach.journal.JournalSummary;
import org.backcoach.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code backcoach restore FILE}: replaces the journal with a backup; the current one is kept aside. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the journal with a backup file (a .db file from the backups folder).",
                "Your current journal is renamed and kept next to it, never deleted.",
                "To bring back a JSON export instead, use: backcoach import FILE"})
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "FILE", description = "The backup: a path, or a file name in the backups folder.")
    Path file;

    @Override
    public Integer call() {
        Session session = root.session();
        Path source = file;
        if (!Files.exists(source) && file.getNameCount() == 1) {
            source = session.backups().folder().resolve(file);
        }
        if (!Files.isRegularFile(source)) {
            throw new CliException(file + ": no such backup file (also looked in " + session.backups().folder() + ")");
        }
        Path aside = session.journal().maintenance().replaceWith(source);
        JournalSummary now = session.journal().maintenance().summary();
        PrintWriter out = root.environment.out();
        out.println("Restored the journal from " + source + ": " + now.checkIns() + " check-ins"
                + now.lastDay().map(d -> ", the last on " + d).orElse("") + ".");
        out.println("Your previous journal was kept as " + aside);
        return 0;
    }
}
