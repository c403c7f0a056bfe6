package org.backcoach.app;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.backcoach.cli.LaunchOptions;
import org.backcoach.cli.Version;
import org.backcoach.content.BundleLoader;
import org.backcoach.session.Session;
import org.backcoach.settings.DataFolder;
import org.backcoach.settings.LanguageChoice;
import org.backcoach.settings.Settings;
import org.backcoach.settings.SettingsStore;

/**
 * Sets the window's start going on a background thread: find the data folder, start the log,
 * make sure no other BackCoach runs on the same folder, read the settings, open the journal.
 * The caller starts JavaFX at once; the two overlap.
 */
final class DesktopLaunch {

    private static final Logger LOG = Logger.getLogger(DesktopLaunch.class.getName());

    private DesktopLaunch() {
    }

    /**
     * Checks that no other BackCoach runs on the data folder (a few file operations, before JavaFX
     * starts, so a second launch never opens a window), then sets the rest going in the background.
     * Empty when another BackCoach has the folder: it was asked to bring its window forward.
     */
    static Optional<Startup> begin(LaunchOptions options, Locale system) {
        DataFolder folder;
        Optional<SingleInstance> instance = Optional.empty();
        try {
            folder = DataFolder.forThisUser(options.dataDir()).ensureExists();
        } catch (IOException | RuntimeException e) {
            // The window explains it; there is no folder to log to or lock.
            return Optional.of(start(options, system, CompletableFuture.failedFuture(e)));
        }
        try {
            instance = SingleInstance.acquire(folder.root());
            if (instance.isEmpty()) {
                SingleInstance.signalRunning(folder.root());
                return Optional.empty();
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not check for another running BackCoach; starting anyway", e);
        }
        return Optional.of(start(options, system, CompletableFuture.completedFuture(
                new Startup.Place(folder, instance, null))));
    }

    private static Startup start(LaunchOptions options, Locale system, CompletableFuture<Startup.Place> found) {
        ExecutorService io = Executors.newSingleThreadExecutor(runnable -> daemon(runnable, "backcoach-io"));
        // The built-in content is read on a second thread while the first starts the log and reads
        // the settings; the session then takes it from the same loader instead of parsing it again.
        // It is the computer's language: a language chosen in Settings is rarer, and then read later.
        CompletableFuture<BundleLoader> loader = CompletableFuture.supplyAsync(() -> {
            BundleLoader content = new BundleLoader();
            if (options.bundle().isEmpty()) {
                content.loadBuiltInTrusted(LanguageChoice.SYSTEM.locale(system).getLanguage());
            }
            return content;
        }, work -> daemon(work, "backcoach-content").start());
        CompletableFuture<Startup.Place> place = found.thenApplyAsync(DesktopLaunch::settle, io);
        CompletableFuture<Settings> settings = place.thenApplyAsync(
                known -> new SettingsStore(known.folder().settingsFile()).load(), io);
        CompletableFuture<Session> session = settings.thenApplyAsync(read -> {
            Startup.Place known = place.join();
            SettingsStore store = new SettingsStore(known.folder().settingsFile());
            return openSession(Session.open(known.folder(), store, read, options.bundle(), known.clock(),
                    read.language().locale(system).getLanguage(), loader.join()));
        }, io);
        return new Startup(options, io, system, place, settings, session);
    }

    private static Thread daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Starts the log and finds the time zone (which reads files), on the background thread. */
    private static Startup.Place settle(Startup.Place place) {
        try {
            AppLogging.toFolder(place.folder().logsFolder());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot write the log file; logging to the console only", e);
        }
        LOG.info(() -> "BackCoach " + Version.current() + " starting (Java " + Runtime.version() + ", "
                + System.getProperty("os.name") + ")");
        return new Startup.Place(place.folder(), place.instance(), Clock.systemDefaultZone());
    }

    /**
     * Opens the person's data, journal included, so the first screen reads from a ready journal; the
     * built-in content is in the language settings.json asks for ({@code system} when it says "system").
     */
    static Session openSession(DataFolder folder, LaunchOptions options, Clock clock, Locale system) {
        SettingsStore store = new SettingsStore(folder.settingsFile());
        Settings settings = store.load();
        return openSession(Session.open(folder, store, settings, options.bundle(), clock,
                settings.language().locale(system).getLanguage(), new BundleLoader()));
    }

    private static Session openSession(Session session) {
        session.journal();
        LOG.info(() -> "journal opened; content: " + (session.content().isBuiltIn() ? "built-in" : "a clinician's bundle"));
        return session;
    }
}
