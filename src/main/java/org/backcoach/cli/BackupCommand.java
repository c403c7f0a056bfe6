package org.backcoach.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.backcoach.journal.JournalBackups;
import org.backcoach.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code backcoach backup}: a backup of the journal now, into the data folder's backups/ folder. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back up the journal now into the backups folder of your data folder.",
                "BackCoach also makes one backup a day by itself and keeps the newest " + JournalBackups.KEEP + "."})
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        Session session = root.session();
        JournalBackups backups = session.backups();
        JournalBackups.Backup backup = backups.create(session.journal());
        PrintWriter out = root.environment.out();
        out.println("Backed up the journal (" + session.journal().maintenance().summary().checkIns() + " check-ins) to "
                + backup.file());
        out.println(backups.list().size() + " backups are kept in " + backups.folder() + " (at most "
                + JournalBackups.KEEP + ").");
        return 0;
    }
}
