package org.backcoach.settings;

import java.time.LocalTime;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The person's reminder choices.
 *
 * @param movementBreaks       remind to get up after sitting
 * @param movementBreakMinutes chosen sitting time; empty means the content bundle's default
 *                             (the bundle also bounds it, so it is clamped when used)
 * @param checkInReminder      remind once a day to check in, at {@code checkInTime}
 * @param sound                play a soft sound with a reminder; false means muted
 */
public record ReminderSettings(boolean movementBreaks, OptionalInt movementBreakMinutes, boolean checkInReminder,
                               LocalTime checkInTime, boolean sound) {

    public static final LocalTime DEFAULT_CHECK_IN_TIME = LocalTime.of(20, 0);
    /** Outside this, a stored value is nonsense rather than a choice; the bundle narrows it further. */
    static final int MAX_MINUTES = 24 * 60;

    public ReminderSettings {
        movementBreakMinutes = movementBreakMinutes == null ? OptionalInt.empty() : movementBreakMinutes;
        movementBreakMinutes.ifPresent(minutes -> {
            if (minutes < 1 || minutes > MAX_MINUTES) {
                throw new IllegalArgumentException("movementBreakMinutes must be 1–" + MAX_MINUTES + ", not " + minutes);
            }
        });
        checkInTime = Objects.requireNonNullElse(checkInTime, DEFAULT_CHECK_IN_TIME).withSecond(0).withNano(0);
    }

    public static ReminderSettings defaults() {
        return new ReminderSettings(true, OptionalInt.empty(), true, DEFAULT_CHECK_IN_TIME, true);
    }

    public ReminderSettings withMovementBreaks(boolean on) {
        return new ReminderSettings(on, movementBreakMinutes, checkInReminder, checkInTime, sound);
    }

    public ReminderSettings withMovementBreakMinutes(int minutes) {
        return new ReminderSettings(movementBreaks, OptionalInt.of(minutes), checkInReminder, checkInTime, sound);
    }

    public ReminderSettings withCheckInReminder(boolean on) {
        return new ReminderSettings(movementBreaks, movementBreakMinutes, on, checkInTime, sound);
    }

    public ReminderSettings withCheckInTime(LocalTime time) {
        return new ReminderSettings(movementBreaks, movementBreakMinutes, checkInReminder, time, sound);
    }

    public ReminderSettings withSound(boolean on) {
        return new ReminderSettings(movementBreaks, movementBreakMinutes, checkInReminder, checkInTime, on);
    }

    /** Whether any reminder can come, so closing the window should offer to keep running. */
    public boolean anyOn() {
        return movementBreaks || checkInReminder;
    }
}
