package org.backcoach.coach;

import java.time.Clock;
import org.backcoach.content.SpasmFirstAid;

/**
 * A pausable countdown read from a clock, for the calm timers of the spasm flow. It never
 * schedules anything itself; whoever shows it reads it while {@link #running()} is true.
 */
public final class GentleTimer {

    private final Clock clock;
    private final int seconds;
    private long startedAt;
    private long pausedAt;
    private long pausedTotal;
    private boolean started;
    private boolean paused;

    public GentleTimer(Clock clock, int seconds) {
        this.clock = clock;
        this.seconds = seconds;
    }

    public void start() {
        startedAt = clock.millis();
        pausedTotal = 0;
        started = true;
        paused = false;
    }

    public void togglePause() {
        if (!started || finished()) {
            return;
        }
        long now = clock.millis();
        if (paused) {
            pausedTotal += now - pausedAt;
        } else {
            pausedAt = now;
        }
        paused = !paused;
    }

    /** True while counting down: started, not paused and not yet at zero. */
    public boolean running() {
        return started && !paused && !finished();
    }

    public boolean finished() {
        return started && elapsedMillis() >= seconds * 1000L;
    }

    public int remainingSeconds() {
        return (int) Math.max(0, (seconds * 1000L - elapsedMillis() + 999) / 1000);
    }

    public long elapsedMillis() {
        if (!started) {
            return 0;
        }
        long now = paused ? pausedAt : clock.millis();
        return Math.min(seconds * 1000L, now - startedAt - pausedTotal);
    }

    /** Whether the breath is going in at this moment of a paced in/out cycle. */
    public boolean breathingIn(SpasmFirstAid.Breathing pace) {
        long cycle = (pace.inSeconds() + pace.outSeconds()) * 1000L;
        return elapsedMillis() % cycle < pace.inSeconds() * 1000L;
    }

    /** Seconds left in the current in- or out-breath, counting down to 1. */
    public int breathSecondsLeft(SpasmFirstAid.Breathing pace) {
        long cycle = (pace.inSeconds() + pace.outSeconds()) * 1000L;
        long into = elapsedMillis() % cycle;
        long left = into < pace.inSeconds() * 1000L ? pace.inSeconds() * 1000L - into : cycle - into;
        return (int) ((left + 999) / 1000);
    }
}
