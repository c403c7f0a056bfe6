package org.backcoach.app;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.backcoach.cli.LaunchOptions;
import org.backcoach.session.Session;
import org.backcoach.settings.DataFolder;
import org.backcoach.settings.Settings;

/**
 * What the launcher set going before JavaFX started: on the background thread, in order, the log,
 * the settings and the session with its journal (the built-in content is read on a second thread
 * meanwhile), while the JavaFX toolkit starts on its own threads.
 *
 * @param system the computer's locale when the app started, which the language "same as this
 *               computer" follows (the app later sets the JVM's default to the chosen language)
 * @param place  the data folder, this process's hold on it and the clock; fails when the folder
 *               cannot be used
 */
record Startup(LaunchOptions options, ExecutorService io, Locale system,
               CompletableFuture<Place> place, CompletableFuture<Settings> settings,
               CompletableFuture<Session> session) {

    /**
     * The data folder in use, the single-instance lock when it could be taken, and the clock
     * (finding the time zone reads files, so that happens here too, off the main thread).
     */
    record Place(DataFolder folder, Optional<SingleInstance> instance, Clock clock) {
    }

    /** The data folder, once {@link #place} is known. */
    Optional<DataFolder> folder() {
        return known().map(Place::folder);
    }

    /** The clock; only asked for once the session is open, so the place is known by then. */
    Clock clock() {
        return known().map(Place::clock).orElseGet(Clock::systemDefaultZone);
    }

    private Optional<Place> known() {
        return place.isDone() && !place.isCompletedExceptionally() ? Optional.of(place.join()) : Optional.empty();
    }
}
