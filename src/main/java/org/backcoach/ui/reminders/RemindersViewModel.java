package org.backcoach.ui.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.backcoach.content.MovementBreak;
import org.backcoach.journal.Journal;
import org.backcoach.reminders.ReminderKind;
import org.backcoach.reminders.ReminderPlan;
import org.backcoach.reminders.ReminderSchedule;
import org.backcoach.reminders.ReminderSound;
import org.backcoach.reminders.WakeUpTimer;
import org.backcoach.settings.ReminderSettings;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;

/**
 * Reminders while the window is open: keeps one wake-up timer set for the next due reminder,
 * shows one reminder at a time (others wait their turn) and carries out the answers.
 * "I'm up" records the break in the journal, so today's check-in counts it.
 */
public final class RemindersViewModel {

    private static final Logger LOG = Logger.getLogger(RemindersViewModel.class.getName());

    // Properties
    private final ReadOnlyObjectWrapper<ReminderKind> showing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper snoozeLabel = new ReadOnlyStringWrapper("");

    private final Deque<ReminderKind> waiting = new ArrayDeque<>();
    private final ReminderSchedule schedule;
    private final WakeUpTimer timer;
    private final Journal journal;
    private final ReminderSound sound;
    private final Async async;
    private final Messages messages;
    private final Clock clock;
    private MovementBreak guidance;
    private boolean soundOn;
    private boolean started;
    private Runnable onAttention = () -> { };
    private Runnable onBreakTaken = () -> { };
    private Runnable onCheckInRequested = () -> { };
    private Runnable onBreakRecorded = () -> { };

    public RemindersViewModel(ReminderSettings settings, MovementBreak guidance, Journal journal, WakeUpTimer timer,
                              ReminderSound sound, Async async, Messages messages, Clock clock) {
        this.guidance = guidance;
        this.journal = journal;
        this.timer = timer;
        this.sound = sound;
        this.async = async;
        this.messages = messages;
        this.clock = clock;
        this.schedule = new ReminderSchedule(ReminderPlan.of(settings, guidance), clock);
        this.soundOn = settings.sound();
        snoozeLabel.set(messages.get("reminder.snooze", guidance.snoozeMinutes()));
    }

    // Properties
    /** The reminder on screen, or null when none is. */
    public ReadOnlyObjectProperty<ReminderKind> showingProperty() { return showing.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }
    public ReadOnlyStringProperty snoozeLabelProperty() { return snoozeLabel.getReadOnlyProperty(); }

    /** Called when a reminder appears, so the window can come to the front (even from the tray). */
    public void setOnAttention(Runnable action) {
        this.onAttention = action;
    }

    /** Called after "I'm up": the hook for a short routine while the person is on their feet. */
    public void setOnBreakTaken(Runnable action) {
        this.onBreakTaken = action;
    }

    public void setOnCheckInRequested(Runnable action) {
        this.onCheckInRequested = action;
    }

    /** Called once the journal has counted a break, so screens showing today can refresh. */
    public void setOnBreakRecorded(Runnable action) {
        this.onBreakRecorded = action;
    }

    /** Whether any reminder is switched on (closing the window then offers to keep running). */
    public boolean anyOn() {
        ReminderPlan plan = schedule.plan();
        return plan.movementBreaks() || plan.checkInAt().isPresent();
    }

    // Commands
    public void start() {
        started = true;
        arm();
        async.run(journal::remindersPausedOn, day -> {
            day.ifPresent(schedule::restorePause);
            if (schedule.pausedToday() && showing.get() == ReminderKind.MOVEMENT_BREAK) {
                next();
            }
            arm();
        }, error -> LOG.log(Level.WARNING, "could not read whether reminders were paused today", error));
    }

    public void stop() {
        started = false;
        timer.cancel();
    }

    /** "I'm up": counts the break, restarts the sitting timer and offers the short routine. */
    public void imUp() {
        if (showing.get() != ReminderKind.MOVEMENT_BREAK) {
            return;
        }
        schedule.tookBreak();
        LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        async.run(() -> journal.recordMovementBreak(at), count -> onBreakRecorded.run(),
                error -> LOG.log(Level.WARNING, "could not record a movement break", error));
        next();
        onBreakTaken.run();
    }

    public void snooze() {
        if (showing.get() == ReminderKind.MOVEMENT_BREAK) {
            schedule.snooze();
            next();
        }
    }

    public void pauseForToday() {
        if (showing.get() == ReminderKind.MOVEMENT_BREAK) {
            schedule.pauseForToday();
            LocalDate today = LocalDate.now(clock);
            async.run(() -> {
                journal.pauseRemindersOn(today);
                return today;
            }, day -> { }, error -> LOG.log(Level.WARNING, "could not keep the pause for a restart", error));
            next();
        }
    }

    public void checkInNow() {
        if (showing.get() == ReminderKind.CHECK_IN) {
            next();
            onCheckInRequested.run();
        }
    }

    public void notNow() {
        if (showing.get() == ReminderKind.CHECK_IN) {
            next();
        }
    }

    /** Escape: a movement break is snoozed, a check-in reminder is put away. */
    public void dismiss() {
        if (showing.get() == ReminderKind.MOVEMENT_BREAK) {
            snooze();
        } else {
            notNow();
        }
    }

    /** New settings from the Settings screen; take effect at once. */
    public void apply(ReminderSettings settings, MovementBreak movementBreak) {
        this.guidance = movementBreak;
        ReminderPlan plan = ReminderPlan.of(settings, movementBreak);
        schedule.replan(plan);
        soundOn = settings.sound();
        if (!plan.movementBreaks()) {
            drop(ReminderKind.MOVEMENT_BREAK);
        }
        if (plan.checkInAt().isEmpty()) {
            drop(ReminderKind.CHECK_IN);
        }
        arm();
    }

    /** The timer fired: show whatever is due and set the next wake-up. */
    void wakeUp() {
        for (ReminderKind kind : schedule.due()) {
            if (kind == ReminderKind.CHECK_IN) {
                LocalDate today = LocalDate.now(clock);
                async.run(() -> journal.find(today).isPresent(), done -> {
                    if (!done) {
                        enqueue(ReminderKind.CHECK_IN);
                    }
                }, error -> LOG.log(Level.WARNING, "could not look up today's check-in", error));
            } else {
                enqueue(kind);
            }
        }
        arm();
    }

    private void arm() {
        if (!started) {
            return;
        }
        schedule.nextWakeUp().ifPresentOrElse(at -> timer.wakeAt(at, this::wakeUp), timer::cancel);
    }

    private void enqueue(ReminderKind kind) {
        if (showing.get() == null) {
            show(kind);
        } else if (showing.get() != kind && !waiting.contains(kind)) {
            waiting.add(kind);
        }
    }

    private void show(ReminderKind kind) {
        LOG.info(() -> "reminder shown: " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        if (kind == ReminderKind.MOVEMENT_BREAK) {
            title.set(messages.get("reminder.move.title"));
            text.set(messages.get("reminder.move.text", guidance.prompt(), schedule.minutesSitting()));
        } else {
            title.set(messages.get("reminder.checkIn.title"));
            text.set(messages.get("reminder.checkIn.text"));
        }
        snoozeLabel.set(messages.get("reminder.snooze", guidance.snoozeMinutes()));
        showing.set(kind);
        if (soundOn) {
            sound.play();
        }
        onAttention.run();
    }

    private void next() {
        showing.set(null);
        ReminderKind following = waiting.poll();
        if (following != null) {
            show(following);
        }
        arm();
    }

    private void drop(ReminderKind kind) {
        waiting.remove(kind);
        if (showing.get() == kind) {
            next();
        }
    }
}
