package org.backcoach.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The real {@link WakeUpTimer}: one sleeping daemon thread and at most one scheduled task, so an
 * idle app uses no CPU. The action runs on {@code deliverOn} (the FX thread in the app).
 *
 * <p>Waits are capped at {@link #LONGEST_SLEEP}: the JVM's timers count on a clock that stops
 * while the computer is suspended, so a long wait could end hours after its wall-clock time. A
 * capped wake-up that comes early finds nothing due and simply sets the next one.
 */
public final class ScheduledWakeUpTimer implements WakeUpTimer, AutoCloseable {

    public static final Duration LONGEST_SLEEP = Duration.ofMinutes(10);

    private final Clock clock;
    private final Executor deliverOn;
    private final ScheduledExecutorService scheduler;
    private ScheduledFuture<?> pending;

    public ScheduledWakeUpTimer(Clock clock, Executor deliverOn) {
        this.clock = clock;
        this.deliverOn = deliverOn;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "backcoach-reminders");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        this.scheduler = executor;
    }

    @Override
    public synchronized void wakeAt(Instant at, Runnable action) {
        cancel();
        Duration wait = waitFor(clock.instant(), at);
        pending = scheduler.schedule(() -> deliverOn.execute(action), wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** How long to sleep from {@code now} for a wake-up at {@code at}: never negative, never over the cap. */
    static Duration waitFor(Instant now, Instant at) {
        Duration wait = Duration.between(now, at);
        if (wait.isNegative()) {
            return Duration.ZERO;
        }
        return wait.compareTo(LONGEST_SLEEP) > 0 ? LONGEST_SLEEP : wait;
    }

    /** Whether a wake-up is set and has not run yet. */
    synchronized boolean hasPending() {
        return pending != null && !pending.isDone();
    }

    @Override
    public synchronized void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    @Override
    public void close() {
        cancel();
        scheduler.shutdownNow();
    }
}
