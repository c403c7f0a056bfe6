package org.backcoach.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backcoach.journal.JournalFixtures;

/** Runs the real command line in-process against a temp data folder and captures its output. */
public final class CliRunner {

    private final Path dataDir;
    private final Clock clock;

    public CliRunner(Path dataDir) {
        this(dataDir, JournalFixtures.CLOCK);
    }

    public CliRunner(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        CliEnvironment environment = new CliEnvironment(clock, Map.of("BACKCOACH_DATA_DIR", dataDir.toString()),
                "Linux", dataDir.resolve("home"), new PrintWriter(out, true), new PrintWriter(err, true));
        int code = BackCoachCli.run(all.toArray(String[]::new), environment);
        return new Result(code, out.toString(), err.toString());
    }

    public record Result(int exitCode, String out, String err) {
    }
}
