package org.backcoach.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.backcoach.ui.common.Messages;

/**
 * Closing the window while reminders are on: where the desktop has a tray, BackCoach asks whether
 * to keep running there (reminders need a running app); without a tray, or with reminders off,
 * closing quits as usual.
 */
final class CloseToTray {

    private static final Logger LOG = Logger.getLogger(CloseToTray.class.getName());

    private final Stage stage;
    private final Supplier<TrayHost> trayFactory;
    private TrayHost tray;
    /** Asked each time words are needed: the language can change while the app runs. */
    private final Supplier<Messages> messages;
    private final Executor background;
    private final BooleanSupplier remindersOn;
    private final Runnable quit;
    private final Runnable beforeHide;
    private Alert question;

    /** @param trayFactory called on first close only, so AWT is never loaded in a session that does not need it */
    CloseToTray(Stage stage, Supplier<TrayHost> trayFactory, Messages messages, Executor background, BooleanSupplier remindersOn,
                Runnable beforeHide, Runnable quit) {
        this(stage, trayFactory, () -> messages, background, remindersOn, beforeHide, quit);
    }

    CloseToTray(Stage stage, Supplier<TrayHost> trayFactory, Supplier<Messages> messages, Executor background,
                BooleanSupplier remindersOn, Runnable beforeHide, Runnable quit) {
        this.stage = stage;
        this.trayFactory = trayFactory;
        this.messages = messages;
        this.background = background;
        this.remindersOn = remindersOn;
        this.beforeHide = beforeHide;
        this.quit = quit;
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, this::closeRequested);
    }

    private void closeRequested(WindowEvent event) {
        if (!remindersOn.getAsBoolean()) {
            return;
        }
        event.consume();
        if (question != null && question.isShowing()) {
            return;
        }
        if (tray == null) {
            tray = trayFactory.get();
        }
        // Asking AWT whether there is a tray loads it; that happens off the FX thread.
        CompletableFuture.supplyAsync(tray::supported, background)
                .exceptionally(error -> false)
                .thenAcceptAsync(supported -> {
                    if (supported) {
                        ask();
                    } else {
                        quit.run();
                    }
                }, Platform::runLater);
    }

    private void ask() {
        Messages messages = this.messages.get();
        ButtonType keep = new ButtonType(messages.get("tray.keep"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quitApp = new ButtonType(messages.get("tray.quit"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(messages.get("tray.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        question = new Alert(Alert.AlertType.CONFIRMATION, messages.get("tray.question.text"), keep, quitApp, cancel);
        question.initOwner(stage);
        question.setTitle(messages.get("tray.question.title"));
        question.setHeaderText(messages.get("tray.question.title"));
        ((Button) question.getDialogPane().lookupButton(keep)).setId("tray-keep");
        ((Button) question.getDialogPane().lookupButton(quitApp)).setId("tray-quit");
        ((Button) question.getDialogPane().lookupButton(cancel)).setId("tray-cancel");
        question.setOnHidden(e -> {
            ButtonType answer = question.getResult();
            if (answer == keep) {
                hideToTray();
            } else if (answer == quitApp) {
                quit.run();
            }
        });
        question.show();
    }

    private void hideToTray() {
        LOG.info("window closed; running in the tray for reminders");
        beforeHide.run();
        Platform.setImplicitExit(false);
        Messages messages = this.messages.get();
        tray.show(messages.get("app.name"), messages.get("tray.open"), messages.get("tray.quitMenu"),
                () -> Platform.runLater(this::reopen), () -> Platform.runLater(quit));
        stage.hide();
    }

    /** Back from the tray: the window shows again and closing it asks again. */
    void reopen() {
        tray.remove();
        Platform.setImplicitExit(true);
        stage.show();
        stage.toFront();
    }
}
