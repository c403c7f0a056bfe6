package org.backcoach.app;

import org.backcoach.reminders.ReminderSound;
import org.backcoach.reminders.WakeUpTimer;

/** What reminders need from the running app: a wake-up timer and a sound. Tests pass hand-driven ones. */
public record ReminderServices(WakeUpTimer timer, ReminderSound sound) {

    /** No reminders ever fire: for contexts built without a desktop (and for tests of other screens). */
    public static ReminderServices none() {
        return new ReminderServices(WakeUpTimer.never(), ReminderSound.silent());
    }
}
