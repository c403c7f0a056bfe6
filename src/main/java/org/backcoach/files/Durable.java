package org.backcoach.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Puts a finished file in place so that a crash or a power cut leaves either the old file or the
 * whole new one under the target name: the new bytes reach the disk before the rename, and the
 * rename reaches the disk before the caller says "done".
 */
public final class Durable {

    private Durable() {
    }

    /** Renames {@code temp} (written completely, in the same folder) to {@code target}, replacing it. */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        force(temp);
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(target.toAbsolutePath().getParent());
    }

    /** Flushes a file's contents to the disk. */
    public static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Flushes a folder's entries (a rename, a new name) to the disk. Some systems (Windows) cannot
     * open a folder for this; there the rename is as durable as the file system makes it.
     */
    public static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not supported for folders on this system; nothing more can be done here.
        }
    }
}
