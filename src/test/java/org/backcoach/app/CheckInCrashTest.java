package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short crash runs (bench/crash.sh runs the long ones for docs/reliability.md): check-ins saved
 * by processes that are killed with SIGKILL at random moments are never lost once acknowledged, the
 * journal stays whole, and the app opens it normally afterwards.
 */
class CheckInCrashTest {

    @TempDir
    Path work;

    @Test
    void killedCheckInCommandsNeverLoseAnAcknowledgedCheckIn() throws Exception {
        CrashFigures figures = CheckInCrashRun.commandLine(work, 50, 2, 0.6, System.nanoTime());
        System.out.println(figures.line());
        assertThat(figures.details()).as(figures.line()).isEmpty();
        assertThat(figures.clean()).isTrue();
        assertThat(figures.killed()).as("some runs were really killed").isPositive();
        assertThat(figures.acknowledged()).as("some runs finished").isPositive();
    }

    @Test
    void killedSavesThroughTheFormsStoreNeverLoseAnAcknowledgedCheckIn() throws Exception {
        CrashFigures figures = CheckInCrashRun.store(work, 6, 150, System.nanoTime());
        System.out.println(figures.line());
        assertThat(figures.details()).as(figures.line()).isEmpty();
        assertThat(figures.clean()).isTrue();
        assertThat(figures.killed()).as("some processes were really killed").isPositive();
        assertThat(figures.saves()).as("acknowledged saves checked").isGreaterThan(150);
    }
}
