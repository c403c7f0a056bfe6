package org.backcoach.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the person's files private: on POSIX systems folders are {@code rwx------} (0700) and files
 * {@code rw-------} (0600), so no other account on the computer can read a health journal. On file
 * systems without POSIX permissions (Windows) these calls create plainly and change nothing; the
 * per-user data folder there is private to the account already.
 */
public final class OwnerOnly {

    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Logger LOG = Logger.getLogger(OwnerOnly.class.getName());

    private OwnerOnly() {
    }

    /** True where files carry POSIX permissions (Linux, macOS). */
    public static boolean supported(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Creates {@code folder} and any missing parents as owner-only folders; an existing folder is left as it is. */
    public static Path createFolders(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return folder;
        }
        try {
            return supported(absolute) ? Files.createDirectories(absolute, attribute(FOLDER))
                    : Files.createDirectories(absolute);
        } catch (FileAlreadyExistsException e) {
            // Created meanwhile by another BackCoach process, or a file is in the way; the caller's next step says which.
            return folder;
        }
    }

    /** Creates a new, empty owner-only file; fails if {@code file} exists already. */
    public static Path createFile(Path file) throws IOException {
        return supported(file) ? Files.createFile(file, attribute(FILE)) : Files.createFile(file);
    }

    /** A new, empty, uniquely named owner-only file in {@code folder}, for writing before a rename. */
    public static Path createTempFile(Path folder, String prefix, String suffix) throws IOException {
        return supported(folder) ? Files.createTempFile(folder, prefix, suffix, attribute(FILE))
                : Files.createTempFile(folder, prefix, suffix);
    }

    /**
     * Makes an existing file {@code rw-------} or folder {@code rwx------}. Returns the permissions it
     * had when they were wider, or null when nothing changed. Symbolic links are never followed.
     */
    public static String restrict(Path path) throws IOException {
        if (!supported(path) || Files.isSymbolicLink(path) || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Set<PosixFilePermission> wanted = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? FOLDER : FILE;
        Set<PosixFilePermission> now = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        if (now.equals(wanted)) {
            return null;
        }
        Files.setPosixFilePermissions(path, wanted);
        return PosixFilePermissions.toString(now);
    }

    /**
     * {@link #restrict}, for files and folders that existed before (from an older BackCoach, a copy,
     * a restore): a change is logged, a failure is logged and never stops the app.
     */
    public static void tighten(Path path) {
        try {
            String was = restrict(path);
            if (was != null) {
                LOG.info(() -> "tightened " + path + " to owner-only (" + PosixFilePermissions.toString(
                        Files.isDirectory(path) ? FOLDER : FILE) + "; it was " + was + ")");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            LOG.log(Level.WARNING, "could not make " + path + " owner-only", e);
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
