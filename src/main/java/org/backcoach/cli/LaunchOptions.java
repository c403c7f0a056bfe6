package org.backcoach.cli;

import java.nio.file.Path;
import java.util.Optional;

/** Options that apply to the window as well as to commands. */
public record LaunchOptions(Optional<Path> dataDir, Optional<Path> bundle) {
}
