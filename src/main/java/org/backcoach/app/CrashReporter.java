package org.backcoach.app;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.backcoach.ui.common.Messages;

/**
 * Catches errors nobody expected: writes them to the log, then tells the person calmly, with a way
 * to open the log folder (to send the log to whoever helps them). One dialog at a time.
 */
final class CrashReporter implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = Logger.getLogger(CrashReporter.class.getName());

    private final Path logsFolder;
    /** Asked each time the dialog shows: the language can change while the app runs. */
    private final Supplier<Messages> messages;
    private final Consumer<Path> openFolder;
    private final Runnable quit;
    private Window owner;
    private Alert dialog;

    CrashReporter(Path logsFolder, Messages messages, Consumer<Path> openFolder, Runnable quit) {
        this(logsFolder, () -> messages, openFolder, quit);
    }

    CrashReporter(Path logsFolder, Supplier<Messages> messages, Consumer<Path> openFolder, Runnable quit) {
        this.logsFolder = logsFolder;
        this.messages = messages;
        this.openFolder = openFolder;
        this.quit = quit;
    }

    /** Makes this the handler for every thread, the FX thread included. */
    void install(Window window) {
        this.owner = window;
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, "unexpected error on thread " + thread.getName(), error);
        if (Platform.isFxApplicationThread()) {
            show();
        } else {
            Platform.runLater(this::show);
        }
    }

    /** Shows the dialog unless one is already up. */
    void show() {
        if (dialog != null && dialog.isShowing()) {
            return;
        }
        Messages messages = this.messages.get();
        ButtonType open = new ButtonType(messages.get("crash.openLogs"), ButtonBar.ButtonData.LEFT);
        ButtonType keepWorking = new ButtonType(messages.get("crash.continue"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType quitApp = new ButtonType(messages.get("crash.quit"), ButtonBar.ButtonData.OTHER);
        dialog = new Alert(Alert.AlertType.ERROR, messages.get("crash.text", logsFolder), open, keepWorking, quitApp);
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("crash.title"));
        dialog.setHeaderText(messages.get("crash.title"));
        Button openButton = (Button) dialog.getDialogPane().lookupButton(open);
        openButton.setId("crash-open-logs");
        // Opening the folder must not close the dialog: the person may still want to quit.
        openButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            openFolder.accept(logsFolder);
        });
        ((Button) dialog.getDialogPane().lookupButton(keepWorking)).setId("crash-continue");
        ((Button) dialog.getDialogPane().lookupButton(quitApp)).setId("crash-quit");
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == quitApp) {
                quit.run();
            }
        });
        dialog.show();
    }
}
