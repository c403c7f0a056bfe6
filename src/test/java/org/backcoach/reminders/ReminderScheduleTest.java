package org.backcoach.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.backcoach.content.MovementBreak;
import org.backcoach.settings.ReminderSettings;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Zurich");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final MovementBreak GUIDANCE = new MovementBreak(30, 60, 45, 10, "Get up.", "test");

    private final TestClock clock = new TestClock(MONDAY.atTime(8, 0), ZONE);

    private ReminderSchedule schedule(ReminderSettings settings) {
        return new ReminderSchedule(ReminderPlan.of(settings, GUIDANCE), clock);
    }

    private ReminderSchedule movementOnly() {
        return schedule(ReminderSettings.defaults().withCheckInReminder(false));
    }

    private Instant at(LocalDateTime time) {
        return time.atZone(ZONE).toInstant();
    }

    @Test
    void aMovementBreakIsDueAfterTheSittingTimeAndNotBefore() {
        ReminderSchedule schedule = movementOnly();
        assertThat(schedule.nextWakeUp()).contains(at(MONDAY.atTime(8, 45)));
        clock.set(MONDAY.atTime(8, 44, 59));
        assertThat(schedule.due()).isEmpty();
        clock.set(MONDAY.atTime(8, 45));
        assertThat(schedule.due()).containsExactly(ReminderKind.MOVEMENT_BREAK);
        assertThat(schedule.minutesSitting()).isEqualTo(45);
        assertThat(schedule.due()).as("each reminder is given once").isEmpty();
        assertThat(schedule.nextWakeUp()).as("nothing more until the person answers").isEmpty();
    }

    @Test
    void imUpStartsTheSittingTimeAgain() {
        ReminderSchedule schedule = movementOnly();
        clock.set(MONDAY.atTime(8, 47));
        assertThat(schedule.due()).containsExactly(ReminderKind.MOVEMENT_BREAK);
        schedule.tookBreak();
        assertThat(schedule.awaitingAnswer()).isFalse();
        assertThat(schedule.minutesSitting()).isZero();
        assertThat(schedule.nextWakeUp()).contains(at(MONDAY.atTime(9, 32)));
    }

    @Test
    void snoozeAsksAgainAfterTheBundlesSnoozeTimeWhileSittingKeepsCounting() {
        ReminderSchedule schedule = movementOnly();
        clock.set(MONDAY.atTime(8, 45));
        schedule.due();
        schedule.snooze();
        assertThat(schedule.nextWakeUp()).contains(at(MONDAY.atTime(8, 55)));
        clock.set(MONDAY.atTime(8, 55));
        assertThat(schedule.due()).containsExactly(ReminderKind.MOVEMENT_BREAK);
        assertThat(schedule.minutesSitting()).isEqualTo(55);
    }

    @Test
    void pauseForTodayStopsMovementRemindersUntilTomorrowOnly() {
        ReminderSchedule schedule = schedule(ReminderSettings.defaults().withCheckInTime(LocalTime.of(20, 0)));
        clock.set(MONDAY.atTime(8, 45));
        schedule.due();
        schedule.pauseForToday();
        assertThat(schedule.pausedToday()).isTrue();
        assertThat(schedule.nextWakeUp()).as("the check-in reminder still comes").contains(at(MONDAY.atTime(20, 0)));
        clock.set(MONDAY.atTime(20, 0));
        assertThat(schedule.due()).containsExactly(ReminderKind.CHECK_IN);
        assertThat(schedule.nextWakeUp()).as("wakes at midnight to resume").contains(at(MONDAY.plusDays(1).atStartOfDay()));
        clock.set(MONDAY.plusDays(1).atStartOfDay());
        assertThat(schedule.due()).isEmpty();
        assertThat(schedule.pausedToday()).isFalse();
        assertThat(schedule.nextWakeUp()).contains(at(MONDAY.plusDays(1).atTime(0, 45)));
    }

    @Test
    void aWakeUpMuchLaterThanDueMeansTheComputerSleptSoTheTimerStartsOver() {
        ReminderSchedule schedule = movementOnly();
        clock.set(MONDAY.atTime(11, 0));
        assertThat(schedule.due()).isEmpty();
        assertThat(schedule.nextWakeUp()).contains(at(MONDAY.atTime(11, 45)));
        // A little late (the timer or the machine was busy) still reminds.
        clock.set(MONDAY.atTime(11, 50));
        assertThat(schedule.due()).containsExactly(ReminderKind.MOVEMENT_BREAK);
    }

    @Test
    void theCheckInReminderComesOnceADayAtItsTime() {
        ReminderSchedule schedule = schedule(ReminderSettings.defaults().withMovementBreaks(false)
                .withCheckInTime(LocalTime.of(19, 30)));
        assertThat(schedule.nextWakeUp()).contains(at(MONDAY.atTime(19, 30)));
        clock.set(MONDAY.atTime(19, 29));
        assertThat(schedule.due()).isEmpty();
        clock.set(MONDAY.atTime(19, 30));
        assertThat(schedule.due()).containsExactly(ReminderKind.CHECK_IN);
        clock.set(MONDAY.atTime(22, 0));
        assertThat(schedule.due()).isEmpty();
        assertThat(schedule.nextWakeUp()).contains(at(MONDAY.plusDays(1).atTime(19, 30)));
    }

    @Test
    void startingAfterTheCheckInTimeDoesNotRemindThatDay() {
        clock.set(MONDAY.atTime(21, 0));
        ReminderSchedule schedule = schedule(ReminderSettings.defaults().withMovementBreaks(false));
        assertThat(schedule.due()).isEmpty();
        assertThat(schedule.nextWakeUp()).contains(at(MONDAY.plusDays(1).atTime(20, 0)));
    }

    @Test
    void aLateWakeUpTheSameDayStillRemindsToCheckIn() {
        ReminderSchedule schedule = schedule(ReminderSettings.defaults().withMovementBreaks(false));
        clock.set(MONDAY.atTime(23, 10));
        assertThat(schedule.due()).containsExactly(ReminderKind.CHECK_IN);
        clock.set(MONDAY.plusDays(2).atTime(7, 0));
        assertThat(schedule.due()).as("a day slept through is not made up").isEmpty();
    }

    @Test
    void theCheckInTimeFollowsTheLocalClockAcrossADaylightSavingChange() {
        LocalDate beforeSwitch = LocalDate.of(2026, 3, 28);
        clock.set(beforeSwitch.atTime(21, 0));
        ReminderSchedule schedule = schedule(ReminderSettings.defaults().withMovementBreaks(false));
        assertThat(schedule.nextWakeUp()).contains(at(beforeSwitch.plusDays(1).atTime(20, 0)));
        assertThat(Duration.between(clock.instant(), schedule.nextWakeUp().orElseThrow())).hasHours(22);
    }

    @Test
    void newSettingsTakeEffectAndKeepTheTimeAlreadySat() {
        ReminderSchedule schedule = schedule(ReminderSettings.defaults().withCheckInReminder(false));
        clock.set(MONDAY.atTime(8, 20));
        schedule.replan(ReminderPlan.of(ReminderSettings.defaults().withCheckInReminder(false)
                .withMovementBreakMinutes(30), GUIDANCE));
        assertThat(schedule.nextWakeUp()).contains(at(MONDAY.atTime(8, 30)));
        schedule.replan(ReminderPlan.of(ReminderSettings.defaults().withCheckInReminder(false)
                .withMovementBreaks(false), GUIDANCE));
        assertThat(schedule.nextWakeUp()).isEmpty();
        clock.set(MONDAY.atTime(9, 0));
        schedule.replan(ReminderPlan.of(ReminderSettings.defaults().withCheckInReminder(false), GUIDANCE));
        assertThat(schedule.nextWakeUp()).as("switched on again: sitting counts from now")
                .contains(at(MONDAY.atTime(9, 45)));
    }

    @Test
    void aCheckInTimeMovedToEarlierThanNowStartsTomorrow() {
        ReminderSchedule schedule = schedule(ReminderSettings.defaults().withMovementBreaks(false));
        clock.set(MONDAY.atTime(15, 0));
        schedule.replan(ReminderPlan.of(ReminderSettings.defaults().withMovementBreaks(false)
                .withCheckInTime(LocalTime.of(14, 0)), GUIDANCE));
        assertThat(schedule.due()).isEmpty();
        assertThat(schedule.nextWakeUp()).contains(at(MONDAY.plusDays(1).atTime(14, 0)));
    }

    @Test
    void bothRemindersCanBeDueAtOnce() {
        ReminderSchedule schedule = schedule(ReminderSettings.defaults().withCheckInTime(LocalTime.of(8, 45)));
        clock.set(MONDAY.atTime(8, 45));
        assertThat(schedule.due()).containsExactly(ReminderKind.MOVEMENT_BREAK, ReminderKind.CHECK_IN);
    }

    @Test
    void theBundleBoundsTheSittingTimeAPersonCanChoose() {
        assertThat(ReminderPlan.of(ReminderSettings.defaults(), GUIDANCE).sittingMinutes()).isEqualTo(45);
        assertThat(ReminderPlan.of(ReminderSettings.defaults().withMovementBreakMinutes(90), GUIDANCE).sittingMinutes())
                .isEqualTo(60);
        assertThat(ReminderPlan.of(ReminderSettings.defaults().withMovementBreakMinutes(5), GUIDANCE).sittingMinutes())
                .isEqualTo(30);
        ReminderPlan off = ReminderPlan.of(ReminderSettings.defaults().withCheckInReminder(false), GUIDANCE);
        assertThat(off.checkInAt()).isEqualTo(Optional.empty());
        assertThat(off.snooze()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void everythingOffMeansNoWakeUps() {
        ReminderSchedule schedule = schedule(ReminderSettings.defaults().withMovementBreaks(false)
                .withCheckInReminder(false));
        assertThat(schedule.nextWakeUp()).isEmpty();
        clock.advance(Duration.ofDays(3));
        assertThat(schedule.due()).isEqualTo(List.of());
    }
}
