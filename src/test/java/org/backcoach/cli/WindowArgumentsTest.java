package org.backcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The quick reading of a window launch agrees with the full parser, and leaves everything else to it. */
class WindowArgumentsTest {

    @Test
    void windowLaunchesAreReadExactlyAsTheFullParserReadsThem() {
        for (List<String> args : List.of(List.<String>of(), List.of("--smoke-exit"), List.of("--data-dir", "/tmp/x"),
                List.of("--data-dir=/tmp/x", "--bundle", "b.json"), List.of("--bundle=b.json", "--smoke-exit"),
                List.of("--smoke-exit", "--data-dir", "rel/dir"))) {
            String[] array = args.toArray(String[]::new);
            Optional<LaunchOptions> quick = WindowArguments.parse(array);
            assertThat(quick).as(args.toString()).isPresent();
            assertThat(quick).as(args.toString()).isEqualTo(BackCoachCli.windowRequest(array));
        }
        assertThat(WindowArguments.parse(new String[] {"--data-dir", "/d", "--smoke-exit"}).orElseThrow())
                .isEqualTo(new LaunchOptions(Optional.of(Path.of("/d")), Optional.empty(), true));
    }

    @Test
    void commandsHelpAndMistakesGoToTheFullParser() {
        for (List<String> args : List.of(List.of("list"), List.of("--help"), List.of("--version"), List.of("-h"),
                List.of("--data-dir"), List.of("--data-dir", "--bundle", "x"), List.of("--data-dir", "a", "--data-dir", "b"),
                List.of("--smoke-exit", "--smoke-exit"), List.of("--nonsense"), List.of("--data-dir", "/d", "checkin"),
                List.of("--bundle="))) {
            assertThat(WindowArguments.parse(args.toArray(String[]::new))).as(args.toString()).isEmpty();
        }
    }
}
