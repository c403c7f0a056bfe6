package org.backcoach.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.backcoach.files.OwnerOnly;

/**
 * The one folder that holds everything BackCoach keeps for a person: journal, settings, the
 * clinician's bundle, backups and logs. Nothing is written anywhere else.
 */
public final class DataFolder {

    public static final String ENV_OVERRIDE = "BACKCOACH_DATA_DIR";

    private final Path root;

    public DataFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * Picks the folder: {@code --data-dir} first, then {@code BACKCOACH_DATA_DIR}, then the usual
     * per-user data location of the operating system.
     */
    public static DataFolder resolve(Optional<Path> override, Map<String, String> env, String osName, Path home) {
        if (override.isPresent()) {
            return new DataFolder(override.get());
        }
        String fromEnv = env.get(ENV_OVERRIDE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DataFolder(Path.of(fromEnv));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return new DataFolder(base.resolve("BackCoach"));
        }
        if (os.startsWith("mac")) {
            return new DataFolder(home.resolve("Library").resolve("Application Support").resolve("BackCoach"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says relative values are invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return new DataFolder(base.resolve("backcoach"));
    }

    /** Resolves for this process, from its environment and system properties. */
    public static DataFolder forThisUser(Optional<Path> override) {
        return resolve(override, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
    }

    public Path root() {
        return root;
    }

    public Path journalFile() {
        return root.resolve("journal.db");
    }

    public Path settingsFile() {
        return root.resolve("settings.json");
    }

    /** Where a clinician's bundle is copied when the person chooses it. */
    public Path bundlesFolder() {
        return root.resolve("bundles");
    }

    public Path backupsFolder() {
        return root.resolve("backups");
    }

    public Path logsFolder() {
        return root.resolve("logs");
    }

    /**
     * Creates the folder (owner-only) when it is missing; a file in its place is a clear error. What
     * BackCoach keeps in an existing folder is made owner-only too, with a log line for each change:
     * an older version, a copy or a restore may have left it readable to others.
     */
    public DataFolder ensureExists() throws IOException {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new IOException("the data folder " + root + " is a file, not a folder");
        }
        OwnerOnly.createFolders(root);
        tightenContents();
        return this;
    }

    /**
     * Only BackCoach's own names are touched, never other files, in case the folder was pointed at
     * a place the person shares with other things: journal.db and its companions (-wal, -shm, and
     * files set aside), settings.json, and everything in backups/, bundles/ and logs/.
     */
    private void tightenContents() throws IOException {
        OwnerOnly.tighten(root);
        String journal = journalFile().getFileName().toString();
        String settings = settingsFile().getFileName().toString();
        try (Stream<Path> entries = Files.list(root)) {
            entries.filter(p -> p.getFileName().toString().startsWith(journal)
                    || p.getFileName().toString().startsWith(settings)).forEach(OwnerOnly::tighten);
        }
        for (Path folder : List.of(backupsFolder(), bundlesFolder(), logsFolder())) {
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                OwnerOnly.tighten(folder);
                try (Stream<Path> files = Files.list(folder)) {
                    files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).forEach(OwnerOnly::tighten);
                }
            }
        }
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
