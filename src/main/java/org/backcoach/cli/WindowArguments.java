package org.backcoach.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The quick way to read a window launch (no arguments, as from a double-click, or only the
 * window's own options). It spares the window start the command-line library, which costs more
 * to set up than JavaFX needs to open a window. Anything else, including every mistake, is left
 * to {@link BackCoachCli}, so messages and exit codes stay the same.
 */
public final class WindowArguments {

    private WindowArguments() {
    }

    /** The window's options when {@code args} hold nothing but them; empty to ask the full parser. */
    public static Optional<LaunchOptions> parse(String[] args) {
        Path dataDir = null;
        Path bundle = null;
        boolean smokeExit = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = null;
            if (name.equals("--data-dir") || name.equals("--bundle")) {
                if (arg.contains("=")) {
                    value = arg.substring(arg.indexOf('=') + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                }
                Optional<Path> path = path(value);
                if (path.isEmpty()) {
                    return Optional.empty();
                }
                if (name.equals("--data-dir")) {
                    if (dataDir != null) {
                        return Optional.empty();
                    }
                    dataDir = path.get();
                } else {
                    if (bundle != null) {
                        return Optional.empty();
                    }
                    bundle = path.get();
                }
            } else if (arg.equals("--smoke-exit") && !smokeExit) {
                smokeExit = true;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new LaunchOptions(Optional.ofNullable(dataDir), Optional.ofNullable(bundle), smokeExit));
    }

    private static Optional<Path> path(String value) {
        if (value == null || value.isEmpty() || value.startsWith("-")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(value));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
