package org.backcoach.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.backcoach.content.BundleProblem;
import org.backcoach.session.Session;
import org.backcoach.settings.DataFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code backcoach}: with no command it opens the window; commands run headless. */
@Command(name = "backcoach", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"BackCoach: offline self-care guidance for back spasms. It is not a diagnosis.",
                "Run without a command to open the window."},
        subcommands = {CheckInCommand.class, ListCommand.class, ExportCommand.class, ValidateBundleCommand.class,
                TodayCommand.class, LogExerciseCommand.class, SoughtCareCommand.class,
                SheetCommand.class, ReportCommand.class, FlarePlanCommand.class,
                InsightsCommand.class, ImportCommand.class, BackupCommand.class, RestoreCommand.class,
                DoctorCommand.class})
final class RootCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder for the journal and settings (default: per-user data folder, or $BACKCOACH_DATA_DIR).")
    Path dataDir;

    @Option(names = "--bundle", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Use this content bundle for this run only.")
    Path bundle;

    @Option(names = "--smoke-exit", hidden = true,
            description = "Open the window, print startup_ms=N once it shows, and exit (for CI and benchmarks).")
    boolean smokeExit;

    @Spec
    CommandSpec spec;

    final CliEnvironment environment;
    private Session session;

    RootCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    /** Reached only when the launcher hands a window-less run here (e.g. in tests). */
    @Override
    public Integer call() {
        spec.commandLine().usage(environment.out());
        return 0;
    }

    LaunchOptions launchOptions() {
        return new LaunchOptions(Optional.ofNullable(dataDir), Optional.ofNullable(bundle), smokeExit);
    }

    /** Opens the person's data on first use; warns once when a chosen bundle was refused. */
    Session session() {
        if (session == null) {
            DataFolder folder = DataFolder.resolve(Optional.ofNullable(dataDir), environment.env(),
                    environment.osName(), environment.home());
            session = Session.open(folder, Optional.ofNullable(bundle), environment.clock(), "en");
            session.setOnRecovered(report -> environment.err().println("warning: " + report.describe()));
            if (session.content().fellBack()) {
                environment.err().println("warning: the content bundle was refused, so the built-in content is used:");
                for (BundleProblem problem : session.content().problems()) {
                    environment.err().println("  " + problem);
                }
            }
        }
        return session;
    }

    void closeSession() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
