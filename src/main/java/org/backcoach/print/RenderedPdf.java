package org.backcoach.print;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A finished PDF in memory. Saving and printing use these very bytes, so what is printed is
 * exactly what would have been saved.
 */
public record RenderedPdf(String title, byte[] bytes, int pageCount) {

    /**
     * Writes the PDF to {@code file} through a temporary file in the same folder, so an existing
     * file is replaced whole or not at all.
     */
    public void writeTo(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (Files.isDirectory(target)) {
            throw new IOException(target + " is a folder; give a file name such as sheet.pdf");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        // Created like any new file (not with createTempFile's owner-only permissions), so the
        // saved PDF can be shared like the person's other documents.
        Path temp = folder.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        try {
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
