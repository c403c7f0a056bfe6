package org.backcoach.reminders;

import java.time.Instant;

/**
 * Wakes the reminders once, at (or soon after) a given instant. Only one wake-up is pending at a
 * time: scheduling replaces the previous one. Tests use a hand-driven timer and a fixed clock.
 */
public interface WakeUpTimer {

    /** Runs {@code action} once, at {@code at} or shortly after; replaces any pending wake-up. */
    void wakeAt(Instant at, Runnable action);

    /** Drops the pending wake-up, if any. */
    void cancel();

    /** A timer that never fires, for windows without reminders (and for tests that do not need them). */
    static WakeUpTimer never() {
        return new WakeUpTimer() {
            @Override
            public void wakeAt(Instant at, Runnable action) {
            }

            @Override
            public void cancel() {
            }
        };
    }
}
