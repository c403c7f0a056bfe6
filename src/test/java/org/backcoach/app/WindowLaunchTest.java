package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backcoach.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher opens the real window in a separate JVM (on the headless Monocle platform, as
 * the UI tests do): --smoke-exit reports the start-up time once the main screens show, the log
 * goes to the data folder, and the window's place is saved on the way out.
 */
class WindowLaunchTest {

    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Dheadless.geometry=1600x1200-32");

    @TempDir
    Path dir;

    @Test
    void smokeExitShowsTheMainWindowReportsTheTimeAndExits() throws Exception {
        Path data = dir.resolve("data");
        ChildJvm.Outcome run = ChildJvm.run(data, HEADLESS, "--smoke-exit");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("(?m)^startup_ms=\\d+$");
        String log = Files.readString(AppLogging.currentFile(data.resolve("logs")));
        assertThat(log).contains("starting").contains("journal opened").contains("main window shown")
                .contains("BackCoach closed");
        assertThat(new SettingsStore(data.resolve("settings.json")).load().window()).as("window bounds saved")
                .isPresent();
        ChildJvm.Outcome again = ChildJvm.run(data, HEADLESS, "--smoke-exit");
        assertThat(again.exitCode()).as("the lock was released at exit: " + again.err()).isZero();
        assertThat(again.out()).containsPattern("(?m)^startup_ms=\\d+$");
    }

    @Test
    void smokeExitFailsWhenTheScreensCannotOpen() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        ChildJvm.Outcome run = ChildJvm.run(file, HEADLESS, "--smoke-exit");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).doesNotContain("startup_ms=");
        assertThat(run.err()).contains("is a file, not a folder");
    }
}
