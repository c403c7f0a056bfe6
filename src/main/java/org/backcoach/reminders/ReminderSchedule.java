package org.backcoach.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides when reminders are due. It never waits or sleeps: the app asks {@link #nextWakeUp()},
 * sets one timer for that instant, and calls {@link #due()} when it fires. Time comes from the
 * injected clock, so tests move time by hand.
 *
 * <p>Movement breaks: the sitting timer starts when the app starts and again after each break.
 * Once a reminder is shown no other movement reminder comes until the person answers it. If the
 * wake-up comes more than a whole sitting time late, the computer was asleep, so nobody sat there
 * all that time: the timer starts over instead of greeting the person with a stale reminder.
 *
 * <p>Check-in: once a day at the chosen time. Starting the app after that time does not remind
 * (the Today screen already says whether the check-in is done); a late wake-up the same day does.
 */
public final class ReminderSchedule {

    private final Clock clock;
    private ReminderPlan plan;
    private Instant sittingSince;
    private Instant movementDue;
    private boolean snoozed;
    private boolean awaitingAnswer;
    private LocalDate pausedOn;
    private LocalDate checkInHandledOn;

    public ReminderSchedule(ReminderPlan plan, Clock clock) {
        this.clock = clock;
        this.plan = plan;
        Instant now = clock.instant();
        restartSitting(now);
        if (checkInTimePassed(now)) {
            checkInHandledOn = today(now);
        }
    }

    public ReminderPlan plan() {
        return plan;
    }

    /** When something may next be due; empty when every reminder is off (or waiting for an answer). */
    public Optional<Instant> nextWakeUp() {
        Instant next = null;
        if (plan.movementBreaks()) {
            if (pausedOn != null) {
                next = startOf(pausedOn.plusDays(1));
            } else if (!awaitingAnswer) {
                next = movementDue;
            }
        }
        if (plan.checkInAt().isPresent()) {
            LocalDate today = today(clock.instant());
            LocalDate day = today.equals(checkInHandledOn) ? today.plusDays(1) : today;
            Instant checkIn = at(day, plan.checkInAt().get());
            next = next == null || checkIn.isBefore(next) ? checkIn : next;
        }
        return Optional.ofNullable(next);
    }

    /** The reminders due now, each returned once. Also resumes movement reminders after a paused day. */
    public List<ReminderKind> due() {
        Instant now = clock.instant();
        LocalDate today = today(now);
        List<ReminderKind> due = new ArrayList<>(2);
        if (pausedOn != null && today.isAfter(pausedOn)) {
            pausedOn = null;
            restartSitting(now);
        }
        if (plan.movementBreaks() && pausedOn == null && !awaitingAnswer && !now.isBefore(movementDue)) {
            if (Duration.between(movementDue, now).compareTo(plan.sittingLimit()) > 0) {
                restartSitting(now);
            } else {
                awaitingAnswer = true;
                due.add(ReminderKind.MOVEMENT_BREAK);
            }
        }
        if (plan.checkInAt().isPresent() && !today.equals(checkInHandledOn) && checkInTimePassed(now)) {
            checkInHandledOn = today;
            due.add(ReminderKind.CHECK_IN);
        }
        return due;
    }

    /** "I'm up": the break is taken and the sitting timer starts again. */
    public void tookBreak() {
        awaitingAnswer = false;
        restartSitting(clock.instant());
    }

    /** "Snooze": ask again after the bundle's snooze time; the sitting time keeps counting. */
    public void snooze() {
        awaitingAnswer = false;
        snoozed = true;
        movementDue = clock.instant().plus(plan.snooze());
    }

    /** "Pause for today": no movement reminders until tomorrow; check-in reminders still come. */
    public void pauseForToday() {
        awaitingAnswer = false;
        pausedOn = today(clock.instant());
    }

    /** A pause chosen earlier (before a restart) still holds if it was chosen today. */
    public void restorePause(LocalDate day) {
        if (day.equals(today(clock.instant())) && plan.movementBreaks()) {
            awaitingAnswer = false;
            pausedOn = day;
        }
    }

    public boolean awaitingAnswer() {
        return awaitingAnswer;
    }

    public boolean pausedToday() {
        return pausedOn != null && pausedOn.equals(today(clock.instant()));
    }

    /** Whole minutes since the person last got up (or since the app started). */
    public long minutesSitting() {
        return Duration.between(sittingSince, clock.instant()).toMinutes();
    }

    /** The settings changed: keep what has been sat so far, apply the new sitting time and check-in time. */
    public void replan(ReminderPlan next) {
        Instant now = clock.instant();
        boolean wasOn = plan.movementBreaks();
        boolean checkInTimeChanged = !plan.checkInAt().equals(next.checkInAt());
        plan = next;
        if (!next.movementBreaks()) {
            awaitingAnswer = false;
            pausedOn = null;
        } else if (!wasOn) {
            restartSitting(now);
        } else if (!snoozed) {
            movementDue = sittingSince.plus(next.sittingLimit());
        }
        if (checkInTimeChanged && checkInTimePassed(now)) {
            // A time set to earlier than now means "from tomorrow", not "remind me this instant".
            checkInHandledOn = today(now);
        }
    }

    private void restartSitting(Instant now) {
        sittingSince = now;
        movementDue = now.plus(plan.sittingLimit());
        snoozed = false;
    }

    private boolean checkInTimePassed(Instant now) {
        return plan.checkInAt().map(time -> !now.isBefore(at(today(now), time))).orElse(false);
    }

    private LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, clock.getZone());
    }

    private Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, clock.getZone()).toInstant();
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }
}
