package org.backcoach.reminders;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import org.backcoach.content.MovementBreak;
import org.backcoach.settings.ReminderSettings;

/**
 * The reminders to give, as numbers: the person's settings read through the content bundle's
 * limits (a clinician decides the range of sitting times; the person picks within it).
 *
 * @param movementBreaks whether to remind to get up
 * @param sittingLimit   sitting time before the movement-break reminder
 * @param snooze         how long "Snooze" waits
 * @param checkInAt      time of the daily check-in reminder, or empty when it is off
 */
public record ReminderPlan(boolean movementBreaks, Duration sittingLimit, Duration snooze, Optional<LocalTime> checkInAt) {

    public ReminderPlan {
        if (sittingLimit.isNegative() || sittingLimit.isZero() || snooze.isNegative() || snooze.isZero()) {
            throw new IllegalArgumentException("sitting limit and snooze must be positive");
        }
    }

    public static ReminderPlan of(ReminderSettings settings, MovementBreak guidance) {
        int minutes = guidance.clamp(settings.movementBreakMinutes().orElse(guidance.defaultMinutes()));
        return new ReminderPlan(settings.movementBreaks(), Duration.ofMinutes(minutes),
                Duration.ofMinutes(guidance.snoozeMinutes()),
                settings.checkInReminder() ? Optional.of(settings.checkInTime()) : Optional.empty());
    }

    public int sittingMinutes() {
        return (int) sittingLimit.toMinutes();
    }
}
