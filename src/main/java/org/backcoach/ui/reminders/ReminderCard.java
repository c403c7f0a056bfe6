package org.backcoach.ui.reminders;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.backcoach.reminders.ReminderKind;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.common.TextCard;

/**
 * The reminder as it appears in the window: a card (AtlantaFX's) over the bottom-right corner of
 * the current screen, with the answers as buttons. It takes the keyboard focus when it appears, so Enter
 * answers the first button and Escape snoozes or puts it away.
 */
public final class ReminderCard extends TextCard {

    private final RemindersViewModel model;
    private final Button imUp;
    private final Button checkIn;

    public ReminderCard(RemindersViewModel model, Messages messages) {
        super(null, null);
        setId("reminder-card");
        getStyleClass().add("reminder-card");
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setPrefWidth(420);
        StackPane.setAlignment(this, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(this, new Insets(24));
        setAccessibleRole(AccessibleRole.TEXT);

        Label title = new Label();
        title.setId("reminder-title");
        title.getStyleClass().add("reminder-title");
        title.setWrapText(true);
        title.textProperty().bind(model.titleProperty());
        Label text = new Label();
        text.setId("reminder-text");
        text.setWrapText(true);
        text.textProperty().bind(model.textProperty());
        accessibleTextProperty().bind(model.titleProperty().concat(". ").concat(model.textProperty()));

        Button imUp = button("reminder-im-up", messages.get("reminder.imUp"), model::imUp);
        imUp.getStyleClass().add("accent");
        Button snooze = button("reminder-snooze", "", model::snooze);
        snooze.textProperty().bind(model.snoozeLabelProperty());
        Button pause = button("reminder-pause", messages.get("reminder.pause"), model::pauseForToday);
        FlowPane moveAnswers = answers(imUp, snooze, pause);

        Button checkIn = button("reminder-check-in", messages.get("reminder.checkInNow"), model::checkInNow);
        checkIn.getStyleClass().add("accent");
        Button notNow = button("reminder-not-now", messages.get("reminder.notNow"), model::notNow);
        FlowPane checkInAnswers = answers(checkIn, notNow);

        setHeader(title);
        setBody(text);
        setFooter(new VBox(moveAnswers, checkInAnswers));
        visibleProperty().bind(model.showingProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        moveAnswers.visibleProperty().bind(model.showingProperty().isEqualTo(ReminderKind.MOVEMENT_BREAK));
        moveAnswers.managedProperty().bind(moveAnswers.visibleProperty());
        checkInAnswers.visibleProperty().bind(model.showingProperty().isEqualTo(ReminderKind.CHECK_IN));
        checkInAnswers.managedProperty().bind(checkInAnswers.visibleProperty());

        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.dismiss();
                e.consume();
            }
        });
        this.model = model;
        this.imUp = imUp;
        this.checkIn = checkIn;
        model.showingProperty().addListener((obs, old, kind) -> focusAnswer(kind));
    }

    /** For a card built while a reminder is already showing: gives the keyboard to its first answer. */
    public void showNow() {
        focusAnswer(model.showingProperty().get());
    }

    private void focusAnswer(ReminderKind kind) {
        if (kind != null) {
            // After layout, so the freshly shown button can take the focus.
            Platform.runLater(() -> (kind == ReminderKind.MOVEMENT_BREAK ? imUp : checkIn).requestFocus());
        }
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static FlowPane answers(Button... buttons) {
        FlowPane row = new FlowPane(8, 8, buttons);
        row.getStyleClass().add("reminder-answers");
        return row;
    }
}
