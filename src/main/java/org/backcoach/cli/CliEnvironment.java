package org.backcoach.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** Everything the command line takes from the outside world, so tests can supply their own. */
public record CliEnvironment(Clock clock, Map<String, String> env, String osName, Path home,
                             PrintWriter out, PrintWriter err) {

    public CliEnvironment {
        env = Map.copyOf(env);
    }

    public static CliEnvironment system() {
        Charset console = Charset.defaultCharset();
        return new CliEnvironment(Clock.systemDefaultZone(), System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")),
                new PrintWriter(new java.io.OutputStreamWriter(System.out, console), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, console), true));
    }
}
