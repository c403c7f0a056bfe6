package org.backcoach.ui.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.backcoach.content.MovementBreak;
import org.backcoach.settings.ReminderSettings;
import org.backcoach.settings.SettingsStore;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;

/**
 * The reminder part of Settings. Every change is saved at once and handed to the running
 * reminders; the sitting time can only be chosen within the content bundle's range.
 */
public final class ReminderSettingsViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    // Properties
    private final BooleanProperty movementBreaks = new SimpleBooleanProperty();
    private final ObjectProperty<Integer> minutes = new SimpleObjectProperty<>();
    private final BooleanProperty checkInReminder = new SimpleBooleanProperty();
    private final StringProperty checkInTime = new SimpleStringProperty("");
    private final BooleanProperty sound = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper timeError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    private final SettingsStore store;
    private final MovementBreak range;
    private final Async async;
    private final Messages messages;
    private ReminderSettings current;
    private Consumer<ReminderSettings> onChanged = settings -> { };

    public ReminderSettingsViewModel(SettingsStore store, ReminderSettings settings, MovementBreak range, Async async,
                                     Messages messages) {
        this.store = store;
        this.range = range;
        this.async = async;
        this.messages = messages;
        this.current = settings;
        movementBreaks.set(settings.movementBreaks());
        minutes.set(range.clamp(settings.movementBreakMinutes().orElse(range.defaultMinutes())));
        checkInReminder.set(settings.checkInReminder());
        checkInTime.set(settings.checkInTime().format(TIME));
        sound.set(settings.sound());
        movementBreaks.addListener((obs, old, on) -> change(current.withMovementBreaks(on)));
        minutes.addListener((obs, old, value) -> {
            if (value != null && value == range.clamp(value)) {
                change(current.withMovementBreakMinutes(value));
            }
        });
        checkInReminder.addListener((obs, old, on) -> change(current.withCheckInReminder(on)));
        sound.addListener((obs, old, on) -> change(current.withSound(on)));
    }

    // Properties
    public BooleanProperty movementBreaksProperty() { return movementBreaks; }
    public ObjectProperty<Integer> minutesProperty() { return minutes; }
    public BooleanProperty checkInReminderProperty() { return checkInReminder; }
    public StringProperty checkInTimeProperty() { return checkInTime; }
    public BooleanProperty soundProperty() { return sound; }
    public ReadOnlyStringProperty timeErrorProperty() { return timeError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public int minMinutes() {
        return range.minMinutes();
    }

    public int maxMinutes() {
        return range.maxMinutes();
    }

    public int defaultMinutes() {
        return range.defaultMinutes();
    }

    /** Receives each saved change, so reminders follow the settings without a restart. */
    public void setOnChanged(Consumer<ReminderSettings> action) {
        this.onChanged = action;
    }

    // Commands

    /** Checks and saves the typed check-in time (on Enter or when the field loses focus). */
    public void commitCheckInTime() {
        String typed = checkInTime.get() == null ? "" : checkInTime.get().strip();
        LocalTime time;
        try {
            time = LocalTime.parse(typed.length() == 4 && typed.charAt(1) == ':' ? "0" + typed : typed, TIME);
        } catch (DateTimeParseException e) {
            timeError.set(messages.get("settings.reminders.time.invalid", typed));
            return;
        }
        timeError.set("");
        checkInTime.set(time.format(TIME));
        if (!time.equals(current.checkInTime())) {
            change(current.withCheckInTime(time));
        }
    }

    private void change(ReminderSettings updated) {
        current = updated;
        async.run(() -> {
            try {
                store.update(settings -> settings.withReminders(updated));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, () -> {
            status.set(messages.get("settings.reminders.saved"));
            onChanged.accept(updated);
        }, error -> status.set(messages.get("settings.saveFailed", error.getMessage())));
    }
}
