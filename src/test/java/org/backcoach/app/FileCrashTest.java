package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short crash runs for backup, import and restore (bench/crash.sh runs the long ones): a kill at
 * any moment leaves the journal whole with the old data or the new, never a half-written file under
 * a real name, and the app opens normally.
 */
class FileCrashTest {

    @TempDir
    Path work;

    @Test
    void killedBackupsNeverLeaveAHalfWrittenBackup() throws Exception {
        check(FileCrashRun.backup(work, 8, 1500, System.nanoTime()));
    }

    @Test
    void killedImportsLeaveTheJournalAsItWasOrFullyImported() throws Exception {
        check(FileCrashRun.importFile(work, 6, 1500, System.nanoTime()));
    }

    @Test
    void killedRestoresLeaveTheJournalAsItWasOrFullyRestored() throws Exception {
        check(FileCrashRun.restore(work, 6, 1500, System.nanoTime()));
    }

    private static void check(CrashFigures figures) {
        System.out.println(figures.line());
        assertThat(figures.details()).as(figures.line()).isEmpty();
        assertThat(figures.clean()).isTrue();
        assertThat(figures.acknowledged()).as("some runs finished").isPositive();
    }
}
