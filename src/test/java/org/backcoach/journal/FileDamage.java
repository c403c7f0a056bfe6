package org.backcoach.journal;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Arrays;

/** Deliberately damages a file, as a failing disk or a stray program might. */
public final class FileDamage {

    private FileDamage() {
    }

    /** Overwrites {@code length} bytes at {@code offset} with a fixed garbage byte. */
    public static void overwrite(Path file, long offset, int length) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset);
            byte[] garbage = new byte[length];
            Arrays.fill(garbage, (byte) 0x5A);
            raf.write(garbage);
        }
    }
}
