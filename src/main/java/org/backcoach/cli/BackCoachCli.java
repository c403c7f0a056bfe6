package org.backcoach.cli;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.backcoach.journal.JournalException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The headless command line. Exit codes: 0 success, 1 refused input or failure, 2 usage error.
 * Errors are one readable line on stderr; stack traces go to the log only.
 */
public final class BackCoachCli {

    private static final Logger LOG = Logger.getLogger(BackCoachCli.class.getName());

    private BackCoachCli() {
    }

    public static int run(String[] args, CliEnvironment environment) {
        RootCommand root = new RootCommand(environment);
        CommandLine commandLine = commandLine(root);
        try {
            return commandLine.execute(args);
        } finally {
            root.closeSession();
            environment.out().flush();
            environment.err().flush();
        }
    }

    /**
     * The options for the window when {@code args} ask for it (no command, no --help or
     * --version); empty when the command line should handle them, including bad arguments.
     */
    public static Optional<LaunchOptions> windowRequest(String[] args) {
        RootCommand root = new RootCommand(CliEnvironment.system());
        CommandLine commandLine = commandLine(root);
        try {
            ParseResult parsed = commandLine.parseArgs(args);
            if (parsed.hasSubcommand() || parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
                return Optional.empty();
            }
            return Optional.of(root.launchOptions());
        } catch (CommandLine.ParameterException e) {
            return Optional.empty();
        }
    }

    private static CommandLine commandLine(RootCommand root) {
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(root.environment.out());
        commandLine.setErr(root.environment.err());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // A note such as "@home" is text, never the name of a file to read arguments from.
        commandLine.setExpandAtFiles(false);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("backcoach: " + describe(e));
            return e instanceof CliException cli ? cli.exitCode() : 1;
        });
        return commandLine;
    }

    private static String describe(Exception e) {
        if (e instanceof CliException || e instanceof JournalException) {
            return e.getMessage();
        }
        LOG.log(Level.SEVERE, "unexpected error in a command", e);
        return "unexpected error (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + ")";
    }
}
