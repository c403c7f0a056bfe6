package org.backcoach.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Options that apply to the window as well as to commands.
 *
 * @param smokeExit close the window right after it first shows and print how long start-up took
 *                  (for CI and the start-up benchmark)
 */
public record LaunchOptions(Optional<Path> dataDir, Optional<Path> bundle, boolean smokeExit) {

    public static LaunchOptions defaults() {
        return new LaunchOptions(Optional.empty(), Optional.empty(), false);
    }
}
