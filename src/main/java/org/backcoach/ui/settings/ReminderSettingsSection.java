package org.backcoach.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.backcoach.ui.common.Messages;

/** The controls of the Reminders section of Settings, bound to {@link ReminderSettingsViewModel}. */
final class ReminderSettingsSection extends VBox {

    ReminderSettingsSection(ReminderSettingsViewModel model, Messages messages) {
        super(10);
        CheckBox movement = new CheckBox(messages.get("settings.reminders.movement"));
        movement.setId("settings-movement-breaks");
        movement.setMnemonicParsing(true);
        movement.setWrapText(true);
        movement.selectedProperty().bindBidirectional(model.movementBreaksProperty());

        Spinner<Integer> minutes = new Spinner<>();
        minutes.setId("settings-movement-minutes");
        SpinnerValueFactory.IntegerSpinnerValueFactory values = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                model.minMinutes(), model.maxMinutes(), model.minutesProperty().get(), 5);
        minutes.setValueFactory(values);
        // Arrows and the Up/Down keys only: every value shown is one the bundle allows.
        minutes.setEditable(false);
        minutes.setPrefWidth(110);
        values.valueProperty().bindBidirectional(model.minutesProperty());
        String minutesText = messages.get("settings.reminders.minutes", model.minMinutes(), model.maxMinutes(),
                model.defaultMinutes());
        Label minutesLabel = new Label(minutesText);
        minutesLabel.setLabelFor(minutes);
        minutesLabel.setWrapText(true);
        minutes.setAccessibleText(minutesText);
        minutes.disableProperty().bind(model.movementBreaksProperty().not());

        CheckBox checkIn = new CheckBox(messages.get("settings.reminders.checkIn"));
        checkIn.setId("settings-checkin-reminder");
        checkIn.setMnemonicParsing(true);
        checkIn.selectedProperty().bindBidirectional(model.checkInReminderProperty());
        TextField time = new TextField();
        time.setId("settings-checkin-time");
        time.setPrefColumnCount(5);
        time.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        time.textProperty().bindBidirectional(model.checkInTimeProperty());
        time.setAccessibleText(messages.get("settings.reminders.time"));
        time.disableProperty().bind(model.checkInReminderProperty().not());
        time.setOnAction(e -> model.commitCheckInTime());
        time.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.commitCheckInTime();
            }
        });
        Label timeError = new Label();
        timeError.setId("settings-checkin-time-error");
        timeError.getStyleClass().add("field-error");
        timeError.textProperty().bind(model.timeErrorProperty());
        timeError.visibleProperty().bind(timeError.textProperty().isNotEmpty());
        timeError.managedProperty().bind(timeError.visibleProperty());
        model.timeErrorProperty().addListener((obs, old, error) -> time.setAccessibleHelp(error.isEmpty() ? null : error));

        CheckBox sound = new CheckBox(messages.get("settings.reminders.sound"));
        sound.setId("settings-reminder-sound");
        sound.setMnemonicParsing(true);
        sound.selectedProperty().bindBidirectional(model.soundProperty());

        Label status = new Label();
        status.setId("settings-reminders-status");
        status.getStyleClass().add("hint");
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());

        HBox minutesRow = new HBox(12, minutesLabel, minutes);
        minutesRow.setAlignment(Pos.CENTER_LEFT);
        HBox checkInRow = new HBox(12, checkIn, time);
        checkInRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(movement, minutesRow, checkInRow, timeError, sound, status);
    }
}
