package org.backcoach.app;

import java.util.Optional;
import org.backcoach.cli.BackCoachCli;
import org.backcoach.cli.CliEnvironment;
import org.backcoach.cli.LaunchOptions;

/**
 * Entry point of the jar. With a command it runs the headless command line and never starts
 * JavaFX; without one it opens the window. It does not extend Application on purpose: that lets
 * a plain classpath jar start JavaFX.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<LaunchOptions> window = BackCoachCli.windowRequest(args);
        if (window.isPresent()) {
            DesktopApp.launchWindow(args);
        } else {
            System.exit(BackCoachCli.run(args, CliEnvironment.system()));
        }
    }
}
