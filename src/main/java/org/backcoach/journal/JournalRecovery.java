package org.backcoach.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Opens the journal at start and recovers from a damaged file: the damaged file is renamed (never
 * deleted), the newest good backup is copied into its place, and a {@link Report} says exactly what
 * happened so the window and the command line can tell the person.
 */
public final class JournalRecovery {

    private static final Logger LOG = Logger.getLogger(JournalRecovery.class.getName());

    private JournalRecovery() {
    }

    /** The journal, opened, and what recovery did if the file was damaged. */
    public record Opened(Journal journal, Optional<Report> recovery) {
    }

    /**
     * @param journal      the journal file
     * @param setAside     where the damaged file now is
     * @param damage       what SQLite found wrong
     * @param restoredFrom the backup copied into place, or empty when there was none and a new journal began
     * @param now          what the journal holds after recovery
     */
    public record Report(Path journal, Path setAside, String damage, Optional<JournalBackups.Backup> restoredFrom,
                         JournalSummary now) {

        /** The whole story in plain words, for the command line and the log. */
        public String describe() {
            String start = "Your journal " + journal + " was damaged (" + damage + "). BackCoach renamed it to "
                    + setAside.getFileName() + " in the same folder; it was not deleted. ";
            return start + restoredFrom.map(b -> "It restored the newest good backup, " + b.file().getFileName()
                    + ", taken " + b.takenAt().toString().replace('T', ' ') + ". Anything saved after that backup is "
                    + "not in the restored journal. The journal now holds " + now.checkIns() + " check-ins"
                    + now.lastDay().map(d -> ", the last on " + d).orElse("") + ".")
                    .orElse("There was no usable backup, so a new, empty journal was started.");
        }
    }

    public static Opened open(Path file, JournalBackups backups, JournalRules rules, Clock clock) {
        if (!Files.exists(file)) {
            return new Opened(Journal.open(file, rules, clock), Optional.empty());
        }
        String damage;
        try {
            Journal journal = Journal.open(file, rules, clock);
            List<String> problems;
            try {
                problems = journal.maintenance().integrityProblems(true);
            } catch (RuntimeException e) {
                journal.close();
                throw e;
            }
            if (problems.isEmpty()) {
                return new Opened(journal, Optional.empty());
            }
            journal.close();
            damage = String.join("; ", problems.subList(0, Math.min(3, problems.size())));
        } catch (JournalDamagedException e) {
            damage = rootMessage(e);
        }
        // Looked for first, so the damaged file is set aside and the backup put in its place in one
        // step that a crash cannot leave half done (see JournalFileSwap.replaceKeepingAside).
        Optional<JournalBackups.Backup> backup = backups.newestGood();
        Path aside;
        try {
            aside = backup.isPresent() ? JournalFileSwap.replaceKeepingAside(file, backup.get().file(), "damaged", clock)
                    : JournalFileSwap.setAside(file, "damaged", clock);
        } catch (IOException e) {
            throw new JournalException("Your journal " + file + " is damaged (" + damage + "), and it could not be "
                    + "set aside to make room for " + backup.map(b -> "the backup " + b.file().getFileName())
                    .orElse("a new journal") + " (" + e.getMessage() + "). The damaged file is still in place.", e);
        }
        Journal journal = Journal.open(file, rules, clock);
        Report report = new Report(file, aside, damage, backup, journal.maintenance().summary());
        LOG.warning(report::describe);
        return new Opened(journal, Optional.of(report));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? e.getMessage() : root.getMessage();
    }
}
