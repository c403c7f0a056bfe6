package org.backcoach.reminders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A wake-up timer driven by the test: it remembers the one pending wake-up, and
 * {@link #passTimeUntil} moves the clock from wake-up to wake-up as real time would.
 */
public final class ManualWakeUpTimer implements WakeUpTimer {

    private final TestClock clock;
    private Instant pendingAt;
    private Runnable pendingAction;
    private final List<Instant> fired = new ArrayList<>();

    public ManualWakeUpTimer(TestClock clock) {
        this.clock = clock;
    }

    @Override
    public void wakeAt(Instant at, Runnable action) {
        pendingAt = at;
        pendingAction = action;
    }

    @Override
    public void cancel() {
        pendingAt = null;
        pendingAction = null;
    }

    /** When the next wake-up is set for; null when none is. */
    public Instant pending() {
        return pendingAt;
    }

    /** Every instant this timer actually fired at. */
    public List<Instant> fired() {
        return fired;
    }

    /** Lets time pass until {@code end}, firing each wake-up at its instant. */
    public void passTimeUntil(Instant end) {
        int wakeUps = 0;
        while (pendingAt != null && !pendingAt.isAfter(end)) {
            if (++wakeUps > 10_000) {
                throw new AssertionError("the timer keeps waking without time passing: " + pendingAt);
            }
            if (pendingAt.isAfter(clock.instant())) {
                clock.set(pendingAt);
            }
            Runnable action = pendingAction;
            fired.add(pendingAt);
            pendingAt = null;
            pendingAction = null;
            action.run();
        }
        if (end.isAfter(clock.instant())) {
            clock.set(end);
        }
    }

    public void passTime(java.time.Duration duration) {
        passTimeUntil(clock.instant().plus(duration));
    }
}
