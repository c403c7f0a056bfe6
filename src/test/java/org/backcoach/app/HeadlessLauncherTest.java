package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands run without a display and never load a JavaFX class. */
class HeadlessLauncherTest {

    @TempDir
    Path dir;

    @Test
    void commandsNeverStartJavaFx() throws Exception {
        Path data = dir.resolve("data");
        ChildJvm.Outcome checkin = ChildJvm.run(data, List.of("-verbose:class"),
                "checkin", "--pain", "5", "--factors", "walking");
        assertThat(checkin.exitCode()).as(checkin.err()).isZero();
        assertThat(checkin.out()).contains("Saved the check-in");
        assertThat(checkin.out()).as("class loading is being logged").contains("org.backcoach.cli.BackCoachCli");
        assertThat(checkin.out().lines().filter(line -> line.contains("javafx.") || line.contains("com.sun.glass")))
                .as("JavaFX classes loaded by a headless command").isEmpty();

        ChildJvm.Outcome list = ChildJvm.run(data, List.of(), "list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("walking");
    }

    @Test
    void exitCodesReachTheShell() throws Exception {
        Path data = dir.resolve("data");
        assertThat(ChildJvm.run(data, List.of(), "validate-bundle").exitCode()).isZero();
        ChildJvm.Outcome bad = ChildJvm.run(data, List.of(), "checkin", "--pain", "12");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("--pain").doesNotContain("Exception");
        assertThat(ChildJvm.run(data, List.of(), "checkin").exitCode()).isEqualTo(2);
    }
}
