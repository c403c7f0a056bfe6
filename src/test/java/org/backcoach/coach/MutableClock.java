package org.backcoach.coach;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock that moves only when a test says so: timers are driven without sleeping. */
public final class MutableClock extends Clock {

    private Instant now;
    private final ZoneId zone;

    public MutableClock(LocalDateTime start) {
        this(start.atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    }

    private MutableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void advanceSeconds(double seconds) {
        now = now.plus(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
