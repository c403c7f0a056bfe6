package org.backcoach.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScheduledWakeUpTimerTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void waitsAreNeverNegativeAndCappedSoASuspendedComputerCatchesUp() {
        assertThat(ScheduledWakeUpTimer.waitFor(NOW, NOW.minusSeconds(5))).isEqualTo(Duration.ZERO);
        assertThat(ScheduledWakeUpTimer.waitFor(NOW, NOW.plus(Duration.ofMinutes(4)))).isEqualTo(Duration.ofMinutes(4));
        assertThat(ScheduledWakeUpTimer.waitFor(NOW, NOW.plus(Duration.ofHours(3))))
                .isEqualTo(ScheduledWakeUpTimer.LONGEST_SLEEP);
    }

    @Test
    void aDueWakeUpRunsOnTheGivenExecutorAndALaterOneIsReplaced() throws Exception {
        TestClock clock = new TestClock(LocalDateTime.of(2026, 3, 2, 8, 0));
        AtomicInteger delivered = new AtomicInteger();
        AtomicInteger early = new AtomicInteger();
        CountDownLatch ran = new CountDownLatch(1);
        try (ScheduledWakeUpTimer timer = new ScheduledWakeUpTimer(clock, work -> {
            delivered.incrementAndGet();
            work.run();
        })) {
            timer.wakeAt(clock.instant().plus(Duration.ofHours(1)), early::incrementAndGet);
            assertThat(timer.hasPending()).isTrue();
            timer.wakeAt(clock.instant().minusSeconds(1), ran::countDown);
            assertThat(ran.await(10, TimeUnit.SECONDS)).as("the due wake-up ran").isTrue();
            assertThat(delivered.get()).isEqualTo(1);
            assertThat(timer.hasPending()).as("the replaced one-hour wake-up is gone").isFalse();
            assertThat(early.get()).isZero();
            timer.wakeAt(clock.instant().plus(Duration.ofHours(1)), early::incrementAndGet);
            timer.cancel();
            assertThat(timer.hasPending()).isFalse();
        }
    }
}
