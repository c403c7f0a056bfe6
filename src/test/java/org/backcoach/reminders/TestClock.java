package org.backcoach.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock the test moves by hand; time never passes on its own. */
public final class TestClock extends Clock {

    private final ZoneId zone;
    private Instant now;

    public TestClock(LocalDateTime start, ZoneId zone) {
        this.zone = zone;
        this.now = start.atZone(zone).toInstant();
    }

    public TestClock(LocalDateTime start) {
        this(start, ZoneId.systemDefault());
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    public void set(LocalDateTime time) {
        now = time.atZone(zone).toInstant();
    }

    public void set(Instant time) {
        now = time;
    }

    public LocalDateTime localNow() {
        return LocalDateTime.ofInstant(now, zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        TestClock copy = new TestClock(LocalDateTime.ofInstant(now, other), other);
        return copy;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
