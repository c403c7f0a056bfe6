package org.backcoach.app;

import java.util.Locale;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.backcoach.cli.BackCoachCli;
import org.backcoach.cli.CliEnvironment;
import org.backcoach.cli.LaunchOptions;
import org.backcoach.cli.WindowArguments;

/**
 * Entry point of the jar and of the installed app. With a command it runs the headless command
 * line and never starts JavaFX; without one it opens the window, or brings forward the window of
 * a BackCoach already running on the same data folder. It does not extend Application on purpose:
 * that lets a plain classpath jar start JavaFX.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Optional<LaunchOptions> window = WindowArguments.parse(args);
        if (window.isEmpty()) {
            window = BackCoachCli.windowRequest(args);
        }
        if (window.isEmpty()) {
            // The terminal shows the command's own output; the log's everyday notes would only clutter it.
            for (Handler handler : Logger.getLogger("").getHandlers()) {
                handler.setLevel(Level.WARNING);
            }
            System.exit(BackCoachCli.run(args, CliEnvironment.system()));
            return;
        }
        // The computer's locale, taken once: the window later makes the chosen language the JVM's default.
        Optional<Startup> startup = DesktopLaunch.begin(window.get(), Locale.getDefault());
        if (startup.isEmpty()) {
            System.out.println("BackCoach is already open; its window was brought to the front.");
            System.exit(0);
            return;
        }
        DesktopApp.launchWindow(startup.get());
    }
}
