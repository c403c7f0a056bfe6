package org.backcoach.app;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.backcoach.reminders.ScheduledWakeUpTimer;
import org.backcoach.session.Session;
import org.backcoach.settings.Appearance;
import org.backcoach.settings.DataFolder;
import org.backcoach.settings.LanguageChoice;
import org.backcoach.settings.Settings;
import org.backcoach.settings.SettingsStore;
import org.backcoach.settings.WindowBounds;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.common.SceneAppearance;
import org.backcoach.ui.common.Chime;
import org.backcoach.ui.common.SynthChime;
import org.backcoach.ui.shell.Page;

/**
 * The desktop application. The window appears as soon as the settings say where it goes, with a
 * calm "opening" message; the journal, already opening in the background since the launcher
 * started, replaces it with the screens when ready. Nothing on the FX thread waits for a file.
 */
public final class DesktopApp extends Application {

    private static final Logger LOG = Logger.getLogger(DesktopApp.class.getName());
    static final double DEFAULT_WIDTH = 1100;
    static final double DEFAULT_HEIGHT = 760;

    /** Handed over by the launcher: JavaFX creates this class itself, so a constructor cannot take it. */
    private static volatile Startup pending;

    private Startup startup;
    private Async async;
    private Messages messages;
    private Stage stage;
    private Scene scene;
    private WindowMemory windowMemory;
    private ScheduledWakeUpTimer timer;
    private Session session;
    private LocalizedScreens screens;
    private boolean contentShown;
    private boolean firstMainShown;

    static void launchWindow(Startup startup) {
        pending = startup;
        Application.launch(DesktopApp.class);
    }

    @Override
    public void start(Stage primary) {
        startup = Objects.requireNonNull(pending, "start BackCoach through Launcher");
        stage = primary;
        async = new Async(startup.io(), Platform::runLater);
        // Until the settings say otherwise (they arrive before the window shows), the computer's language.
        messages = new Messages(LanguageChoice.SYSTEM.locale(startup.system()));
        scene = new Scene(new StackPane(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        stage.setTitle(messages.get("app.title"));
        stage.setMinWidth(720);
        stage.setMinHeight(520);
        stage.setScene(scene);
        windowMemory = new WindowMemory(stage);
        Runtime.getRuntime().addShutdownHook(new Thread(this::saveWindow, "backcoach-save-window"));
        new CloseToTray(stage, AwtTray::new, () -> messages, startup.io(),
                () -> screens != null && screens.context().reminders().anyOn(), this::saveWindow, this::quit);
        // Both arrive from the background thread in this order; the session usually is ready
        // by the time the window can show, and then the waiting message is never built.
        startup.settings().whenCompleteAsync((settings, error) -> placeAndShow(settings, error), Platform::runLater);
        startup.session().whenCompleteAsync((opened, error) -> showContent(), Platform::runLater);
    }

    private void placeAndShow(Settings settings, Throwable error) {
        useWords(new Messages(language(settings).locale(startup.system())));
        startup.folder().ifPresent(folder -> new CrashReporter(folder.logsFolder(), () -> messages, this::openFolder,
                this::quit).install(stage));
        startup.place().thenAccept(place -> place.instance().ifPresent(this::watchForOtherLaunches));
        windowMemory.restore(settings == null ? Optional.empty() : settings.window(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        if (startup.session().isDone()) {
            showContent();
        } else {
            showWaiting(settings == null ? Appearance.defaults() : settings.appearance());
        }
        stage.show();
    }

    /** Shows the screens, or why the data could not be opened; once, when the session has settled. */
    private void showContent() {
        if (contentShown || !startup.settings().isDone()) {
            return;
        }
        contentShown = true;
        try {
            showMain(startup.session().join(), language(startup.settings().getNow(null)), Page.TODAY);
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            showFailure(cause(e));
        }
    }

    private void watchForOtherLaunches(SingleInstance instance) {
        try {
            instance.watch(() -> Platform.runLater(this::bringToFront));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot watch for other launches; a second launch will not find this window", e);
        }
    }

    private static Throwable cause(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    private void showMain(Session opened, LanguageChoice language, Page page) {
        session = opened;
        if (timer == null) {
            timer = new ScheduledWakeUpTimer(startup.clock(), Platform::runLater);
        }
        // One gentle synthesiser for the player's cues and the reminders' nudge.
        Chime chime = new SynthChime();
        screens = new LocalizedScreens(opened, async, startup.clock(), startup.system(), DesktopServices.none()
                .withChime(chime).withReminders(new ReminderServices(timer, () -> chime.play(Chime.Tone.NUDGE))));
        screens.setOnBuilt(context -> {
            context.setOnContentChanged(() -> reopen(Page.SETTINGS));
            context.reminders().setOnAttention(this::bringToFront);
            // Dialogs (the tray question, the crash report) have their own scenes: they take the base theme.
            Application.setUserAgentStylesheet(SceneAppearance.baseStylesheet(context.appearance().themeProperty().get()));
            context.appearance().themeProperty().addListener((obs, old, theme) ->
                    Application.setUserAgentStylesheet(SceneAppearance.baseStylesheet(theme)));
        });
        screens.setOnLanguageChanged(this::useWords);
        scene.setRoot(screens.show(language, page));
        useWords(screens.messages());
        if (!stage.isShowing()) {
            stage.show();
        }
        if (!firstMainShown) {
            firstMainShown = true;
            StartupTiming.afterNextPulse(scene, millis -> {
                // The icons wait until the window is up: scaling them is work the first frame can do without.
                AppIcon.addTo(stage);
                LOG.info(() -> "main window shown " + millis + " ms after the JVM started");
                if (startup.options().smokeExit()) {
                    System.out.println("startup_ms=" + millis);
                    System.out.flush();
                    quit();
                }
            });
        }
    }

    /** After a content bundle change: close this session and open the data again with the new content. */
    private void reopen(Page page) {
        Session old = session;
        session = null;
        Appearance look = screens == null ? Appearance.defaults() : screens.context().appearance().current();
        if (screens != null) {
            screens.close();
            screens = null;
        }
        showWaiting(look);
        DataFolder folder = startup.folder().orElseThrow();
        async.run(() -> {
            if (old != null) {
                old.close();
            }
            return DesktopLaunch.openSession(folder, startup.options(), startup.clock(), startup.system());
        }, opened -> showMain(opened, opened.settings().language(), page), this::showFailure);
    }

    /**
     * The words the window itself uses (title, tray, crash dialog, waiting screen) and the JVM's
     * default locale, so JavaFX's own texts (the date picker's month names) follow the chosen language.
     * The computer's locale was kept in {@link Startup#system()} before this first changes it.
     */
    private void useWords(Messages words) {
        messages = words;
        Locale.setDefault(words.locale());
        stage.setTitle(messages.get("app.title"));
    }

    private static LanguageChoice language(Settings settings) {
        return settings == null ? LanguageChoice.SYSTEM : settings.language();
    }

    private void bringToFront() {
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
    }

    private void quit() {
        Platform.exit();
    }

    private void openFolder(java.nio.file.Path folder) {
        getHostServices().showDocument(folder.toUri().toString());
    }

    private void showWaiting(Appearance look) {
        scene.setRoot(waiting());
        SceneAppearance.apply(scene, look);
    }

    private Parent waiting() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setAccessibleText(messages.get("app.opening"));
        VBox box = new VBox(16, spinner, new Label(messages.get("app.opening")));
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private void showFailure(Throwable error) {
        LOG.log(Level.SEVERE, "could not open the data folder", error);
        if (startup.options().smokeExit()) {
            // A start-up check must fail loudly when the screens cannot open.
            System.err.println("backcoach: the window could not open the data: " + error.getMessage());
            System.exit(1);
        }
        Label title = new Label(messages.get("app.failed.title"));
        title.getStyleClass().add("page-title");
        Label detail = new Label(error.getMessage() == null ? error.toString() : error.getMessage());
        detail.setWrapText(true);
        detail.setId("startup-error");
        Button quit = new Button(messages.get("app.failed.quit"));
        quit.setOnAction(e -> quit());
        HBox buttons = new HBox(12, quit);
        startup.folder().ifPresent(folder -> {
            Button logs = new Button(messages.get("crash.openLogs"));
            logs.setOnAction(e -> openFolder(folder.logsFolder()));
            buttons.getChildren().add(logs);
        });
        VBox box = new VBox(16, title, detail, buttons);
        box.setPadding(new Insets(32));
        box.setMaxWidth(720);
        scene.setRoot(box);
        if (scene.getUserAgentStylesheet() == null) {
            SceneAppearance.apply(scene, Appearance.defaults());
        }
    }

    /**
     * Writes the window's size and position into settings.json (only those fields). Runs on the
     * caller's thread: from stop(), from hiding to the tray, or from the shutdown hook when the
     * session ends without the window being closed (log out, shutdown).
     */
    private void saveWindow() {
        Optional<WindowBounds> bounds = windowMemory.current();
        Optional<DataFolder> folder = startup.folder();
        if (bounds.isEmpty() || folder.isEmpty()) {
            return;
        }
        try {
            new SettingsStore(folder.get().settingsFile()).update(settings -> settings.withWindow(bounds));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not save the window position", e);
        }
    }

    @Override
    public void stop() {
        saveWindow();
        if (screens != null) {
            screens.close();
        }
        if (timer != null) {
            timer.close();
        }
        try {
            startup.io().submit(() -> {
                if (session != null) {
                    session.close();
                }
            }).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "could not close the journal cleanly", e);
        }
        startup.io().shutdown();
        startup.place().thenAccept(place -> place.instance().ifPresent(SingleInstance::close));
        LOG.info("BackCoach closed");
    }
}
