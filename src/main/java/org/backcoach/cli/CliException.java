package org.backcoach.cli;

/** A failure to report on stderr as one plain sentence, with the exit code to return. */
final class CliException extends RuntimeException {

    private final int exitCode;

    CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    CliException(String message) {
        this(message, 1);
    }

    int exitCode() {
        return exitCode;
    }
}
