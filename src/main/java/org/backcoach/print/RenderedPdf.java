package org.backcoach.print;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
        Path temp = Files.createTempFile(folder, ".backcoach-", ".pdf.tmp");
        try {
            Files.write(temp, bytes);
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
