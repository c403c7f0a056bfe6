package org.backcoach.app;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.backcoach.cli.BackCoachCli;
import org.backcoach.cli.LaunchOptions;
import org.backcoach.session.Session;
import org.backcoach.settings.DataFolder;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.shell.Page;

/**
 * The desktop application. The window appears at once with a calm "opening" message; the
 * journal and content are opened on a background thread and the screens appear when ready.
 */
public final class DesktopApp extends Application {

    private final Clock clock = Clock.systemDefaultZone();
    private final ExecutorService io = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "backcoach-io");
        thread.setDaemon(true);
        return thread;
    });
    private final Async async = new Async(io, Platform::runLater);
    private Messages messages;
    private LaunchOptions options;
    private Scene scene;
    private Session session;

    static void launchWindow(String[] args) {
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        messages = new Messages(Locale.getDefault());
        options = BackCoachCli.windowRequest(getParameters().getRaw().toArray(String[]::new))
                .orElse(new LaunchOptions(java.util.Optional.empty(), java.util.Optional.empty()));
        scene = new Scene(waiting(), 1100, 760);
        scene.getStylesheets().add(Theme.stylesheet());
        stage.setTitle(messages.get("app.title"));
        stage.setMinWidth(720);
        stage.setMinHeight(520);
        stage.setScene(scene);
        stage.show();
        open(Page.TODAY);
    }

    /** Opens (or re-opens, after a bundle change) the person's data and shows {@code page}. */
    private void open(Page page) {
        async.run(() -> {
            Session opened = Session.open(dataFolder(), options.bundle(), clock, messages.locale().getLanguage());
            opened.journal();
            return opened;
        }, opened -> {
            session = opened;
            AppContext context = new AppContext(opened, async, messages, clock);
            context.setOnContentChanged(() -> reopen(Page.SETTINGS));
            context.mainViewModel().pageProperty().set(page);
            scene.setRoot(context.mainView());
        }, error -> scene.setRoot(failure(error)));
    }

    private void reopen(Page page) {
        Session old = session;
        session = null;
        scene.setRoot(waiting());
        async.run(() -> {
            if (old != null) {
                old.close();
            }
        }, () -> open(page), error -> scene.setRoot(failure(error)));
    }

    private DataFolder dataFolder() {
        try {
            return DataFolder.forThisUser(options.dataDir()).ensureExists();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Parent waiting() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setAccessibleText(messages.get("app.opening"));
        VBox box = new VBox(16, spinner, new Label(messages.get("app.opening")));
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Parent failure(Throwable error) {
        Label title = new Label(messages.get("app.failed.title"));
        title.getStyleClass().add("page-title");
        Label detail = new Label(error.getMessage() == null ? error.toString() : error.getMessage());
        detail.setWrapText(true);
        detail.setId("startup-error");
        Button quit = new Button(messages.get("app.failed.quit"));
        quit.setOnAction(e -> Platform.exit());
        VBox box = new VBox(16, title, detail, quit);
        box.setPadding(new Insets(32));
        box.setMaxWidth(720);
        return box;
    }

    @Override
    public void stop() {
        io.shutdown();
        if (session != null) {
            session.close();
        }
    }
}
