package org.backcoach.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import org.backcoach.content.SpasmFirstAid;
import org.junit.jupiter.api.Test;

class GentleTimerTest {

    private final MutableClock clock = new MutableClock(TODAY.atTime(22, 15));

    @Test
    void countsDownPausesAndFinishes() {
        GentleTimer timer = new GentleTimer(clock, 60);
        assertThat(timer.running()).isFalse();
        assertThat(timer.remainingSeconds()).isEqualTo(60);
        timer.start();
        clock.advanceSeconds(10.5);
        assertThat(timer.remainingSeconds()).isEqualTo(50);
        timer.togglePause();
        clock.advanceSeconds(100);
        assertThat(timer.remainingSeconds()).isEqualTo(50);
        assertThat(timer.running()).isFalse();
        timer.togglePause();
        clock.advanceSeconds(49.5);
        assertThat(timer.finished()).isTrue();
        assertThat(timer.running()).isFalse();
        assertThat(timer.remainingSeconds()).isZero();
    }

    @Test
    void pacesTheBreathInFourOutSix() {
        GentleTimer timer = new GentleTimer(clock, 60);
        SpasmFirstAid.Breathing pace = new SpasmFirstAid.Breathing(4, 6);
        timer.start();
        assertThat(timer.breathingIn(pace)).isTrue();
        assertThat(timer.breathSecondsLeft(pace)).isEqualTo(4);
        clock.advanceSeconds(4);
        assertThat(timer.breathingIn(pace)).isFalse();
        assertThat(timer.breathSecondsLeft(pace)).isEqualTo(6);
        clock.advanceSeconds(5.5);
        assertThat(timer.breathSecondsLeft(pace)).isEqualTo(1);
        clock.advanceSeconds(0.5);
        assertThat(timer.breathingIn(pace)).isTrue();
    }
}
