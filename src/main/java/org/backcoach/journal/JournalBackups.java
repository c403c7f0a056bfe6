package org.backcoach.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.backcoach.files.OwnerOnly;

/**
 * Rotating backups of the journal in the data folder's backups/ folder: a consistent copy made with
 * {@code VACUUM INTO}, checked, then moved into place under a name that carries its time. The
 * newest {@link #KEEP} are kept; only files with a backup's name are ever removed.
 */
public final class JournalBackups {

    public static final int KEEP = 14;
    private static final Logger LOG = Logger.getLogger(JournalBackups.class.getName());
    private static final String TEMP_PREFIX = ".";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final Pattern NAME = Pattern.compile("journal-(\\d{4}-\\d{2}-\\d{2}-\\d{6})(?:-(\\d+))?\\.db");

    private final Path folder;
    private final Clock clock;

    public JournalBackups(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** One backup file and when it was taken (from its name). */
    public record Backup(Path file, LocalDateTime takenAt, long bytes) {
        public LocalDate date() {
            return takenAt.toLocalDate();
        }
    }

    public Path folder() {
        return folder;
    }

    /** Backups in the folder, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Named> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> parse(file).ifPresent(found::add));
        } catch (IOException e) {
            throw new JournalException("Cannot list the backups in " + folder + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(Named::takenAt).thenComparingInt(Named::sequence).reversed());
        return found.stream().map(n -> new Backup(n.file(), n.takenAt(), size(n.file()))).toList();
    }

    /** Makes a backup now, checks it can be read back whole, and removes the oldest beyond {@link #KEEP}. */
    public Backup create(Journal journal) {
        try {
            OwnerOnly.createFolders(folder);
            removeStaleTemps();
            LocalDateTime now = LocalDateTime.now(clock).withNano(0);
            Path target = freeName(now);
            // A unique, empty, owner-only file: VACUUM INTO accepts it, and two processes backing up
            // at the same second never write into each other's file.
            Path temp = OwnerOnly.createTempFile(folder, TEMP_PREFIX + target.getFileName() + "-", TEMP_SUFFIX);
            try {
                journal.maintenance().copyTo(temp);
                Optional<String> problem = JournalFileSwap.problemWith(temp);
                if (problem.isPresent()) {
                    throw new JournalException("The new backup could not be read back: it " + problem.get());
                }
                JournalFileSwap.moveIntoPlace(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
            rotate();
            return new Backup(target, now, size(target));
        } catch (IOException e) {
            throw new JournalException("Could not write a backup into " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Makes today's backup unless one was already taken today; the automatic daily backup. */
    public Optional<Backup> createIfDue(Journal journal) {
        LocalDate today = LocalDate.now(clock);
        boolean done = list().stream().anyMatch(b -> !b.date().isBefore(today));
        return done ? Optional.empty() : Optional.of(create(journal));
    }

    /** The newest backup that is whole and readable by this app, for recovery at start. */
    public Optional<Backup> newestGood() {
        for (Backup backup : list()) {
            Optional<String> problem = JournalFileSwap.problemWith(backup.file());
            if (problem.isEmpty()) {
                return Optional.of(backup);
            }
            LOG.warning(() -> "skipping backup " + backup.file().getFileName() + ": it " + problem.get());
        }
        return Optional.empty();
    }

    /**
     * A backup interrupted by a crash leaves its temporary file behind (never under a backup's name).
     * Those older than a day are removed; a younger one may belong to a backup running right now.
     */
    private void removeStaleTemps() throws IOException {
        Instant dayAgo = clock.instant().minus(Duration.ofDays(1));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(JournalBackups::isTemp).toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(dayAgo)) {
                    Files.deleteIfExists(file);
                    LOG.info(() -> "removed an unfinished backup left by an interrupted run: " + file.getFileName());
                }
            }
        }
    }

    static boolean isTemp(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX);
    }

    private void rotate() throws IOException {
        List<Backup> all = list();
        for (Backup old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            Files.deleteIfExists(old.file());
            LOG.info(() -> "removed the old backup " + old.file().getFileName());
        }
    }

    private Path freeName(LocalDateTime at) {
        String stamp = at.format(JournalFileSwap.STAMP);
        Path target = folder.resolve("journal-" + stamp + ".db");
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve("journal-" + stamp + "-" + n + ".db");
        }
        return target;
    }

    private static Optional<Named> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            LocalDateTime at = LocalDateTime.parse(m.group(1), JournalFileSwap.STAMP);
            return Optional.of(new Named(file, at, m.group(2) == null ? 1 : Integer.parseInt(m.group(2))));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private record Named(Path file, LocalDateTime takenAt, int sequence) {
    }
}
