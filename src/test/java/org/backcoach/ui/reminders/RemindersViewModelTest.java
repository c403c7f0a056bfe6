package org.backcoach.ui.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.backcoach.content.Bundle;
import org.backcoach.content.BundleFixtures;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.Journal;
import org.backcoach.reminders.ManualWakeUpTimer;
import org.backcoach.reminders.ReminderKind;
import org.backcoach.reminders.TestClock;
import org.backcoach.session.Session;
import org.backcoach.settings.ReminderSettings;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reminders' behaviour without a window: a hand-moved clock, a hand-driven timer, a real journal. */
class RemindersViewModelTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;

    private final Bundle bundle = BundleFixtures.builtIn();
    private final TestClock clock = new TestClock(DAY.atTime(9, 0));
    private final ManualWakeUpTimer timer = new ManualWakeUpTimer(clock);
    private Journal journal;
    private int chimes;
    private int attention;
    private int breaksTaken;
    private int checkInsRequested;

    @BeforeEach
    void open() {
        journal = Journal.open(dir.resolve("journal.db"), Session.rulesFor(bundle, clock), clock);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private RemindersViewModel start(ReminderSettings settings) {
        RemindersViewModel model = new RemindersViewModel(settings, bundle.movementBreak(), journal, timer,
                () -> chimes++, Async.direct(), UiTestSupport.english(), clock);
        model.setOnAttention(() -> attention++);
        model.setOnBreakTaken(() -> breaksTaken++);
        model.setOnCheckInRequested(() -> checkInsRequested++);
        model.start();
        return model;
    }

    @Test
    void afterTheBundlesDefaultSittingTimeAMovementBreakIsShownWithASoftSound() {
        RemindersViewModel model = start(ReminderSettings.defaults().withCheckInReminder(false));
        timer.passTime(Duration.ofMinutes(44));
        assertThat(model.showingProperty().get()).isNull();
        timer.passTime(Duration.ofMinutes(1));
        assertThat(model.showingProperty().get()).isEqualTo(ReminderKind.MOVEMENT_BREAK);
        assertThat(model.titleProperty().get()).isEqualTo("Time for a movement break");
        assertThat(model.textProperty().get()).contains(bundle.movementBreak().prompt()).contains("about 45 minutes");
        assertThat(model.snoozeLabelProperty().get()).isEqualTo("Snoo_ze 10 min");
        assertThat(chimes).isEqualTo(1);
        assertThat(attention).isEqualTo(1);
        timer.passTime(Duration.ofHours(2));
        assertThat(chimes).as("no nagging while the reminder waits for an answer").isEqualTo(1);
    }

    @Test
    void imUpCountsTheBreakInTodaysJournalAndStartsTheNextSittingTime() throws Exception {
        RemindersViewModel model = start(ReminderSettings.defaults().withCheckInReminder(false));
        timer.passTime(Duration.ofMinutes(45));
        model.imUp();
        assertThat(model.showingProperty().get()).isNull();
        assertThat(journal.movementBreaksLogged(DAY)).isEqualTo(1);
        assertThat(breaksTaken).isEqualTo(1);
        assertThat(timer.pending()).isEqualTo(DAY.atTime(10, 30).atZone(clock.getZone()).toInstant());
        journal.save(CheckIn.on(DAY, 3).movementBreaks(1).build());
        timer.passTime(Duration.ofMinutes(45));
        model.imUp();
        assertThat(journal.find(DAY).orElseThrow().movementBreaks()).isEqualTo(2);
    }

    @Test
    void snoozeAndPauseForToday() throws Exception {
        RemindersViewModel model = start(ReminderSettings.defaults().withCheckInReminder(false)
                .withMovementBreakMinutes(30));
        timer.passTime(Duration.ofMinutes(30));
        model.snooze();
        assertThat(model.showingProperty().get()).isNull();
        timer.passTime(Duration.ofMinutes(9));
        assertThat(model.showingProperty().get()).isNull();
        timer.passTime(Duration.ofMinutes(1));
        assertThat(model.showingProperty().get()).isEqualTo(ReminderKind.MOVEMENT_BREAK);
        assertThat(model.textProperty().get()).contains("about 40 minutes");
        model.pauseForToday();
        timer.passTimeUntil(DAY.atTime(23, 59).atZone(clock.getZone()).toInstant());
        assertThat(model.showingProperty().get()).isNull();
        assertThat(journal.movementBreaksLogged(DAY)).as("snooze and pause are not breaks").isZero();
        timer.passTimeUntil(DAY.plusDays(1).atTime(0, 30).atZone(clock.getZone()).toInstant());
        assertThat(model.showingProperty().get()).as("tomorrow the reminders are back").isEqualTo(ReminderKind.MOVEMENT_BREAK);
    }

    @Test
    void pauseForTodayHoldsAcrossARestartOfTheAppButNotIntoTomorrow() throws Exception {
        ReminderSettings settings = ReminderSettings.defaults().withCheckInReminder(false).withMovementBreakMinutes(30);
        RemindersViewModel first = start(settings);
        timer.passTime(Duration.ofMinutes(30));
        first.pauseForToday();
        first.stop();

        clock.set(DAY.atTime(14, 0));
        RemindersViewModel restarted = start(settings);
        timer.passTime(Duration.ofMinutes(90));
        assertThat(restarted.showingProperty().get()).as("still paused after the restart").isNull();
        restarted.stop();

        clock.set(DAY.plusDays(1).atTime(9, 0));
        RemindersViewModel tomorrow = start(settings);
        timer.passTime(Duration.ofMinutes(30));
        assertThat(tomorrow.showingProperty().get()).isEqualTo(ReminderKind.MOVEMENT_BREAK);
    }

    @Test
    void mutedRemindersMakeNoSound() {
        RemindersViewModel model = start(ReminderSettings.defaults().withCheckInReminder(false).withSound(false));
        timer.passTime(Duration.ofMinutes(45));
        assertThat(model.showingProperty().get()).isEqualTo(ReminderKind.MOVEMENT_BREAK);
        assertThat(chimes).isZero();
        model.apply(ReminderSettings.defaults().withCheckInReminder(false).withSound(true), bundle.movementBreak());
        model.imUp();
        timer.passTime(Duration.ofMinutes(45));
        assertThat(chimes).isEqualTo(1);
    }

    @Test
    void theCheckInReminderComesOnlyWhenTodayHasNoCheckIn() throws Exception {
        RemindersViewModel model = start(ReminderSettings.defaults().withMovementBreaks(false)
                .withCheckInTime(LocalTime.of(19, 0)));
        timer.passTimeUntil(DAY.atTime(19, 0).atZone(clock.getZone()).toInstant());
        assertThat(model.showingProperty().get()).isEqualTo(ReminderKind.CHECK_IN);
        assertThat(model.titleProperty().get()).isEqualTo("Time for today’s check-in");
        model.checkInNow();
        assertThat(checkInsRequested).isEqualTo(1);
        assertThat(model.showingProperty().get()).isNull();

        timer.passTimeUntil(DAY.plusDays(1).atTime(8, 0).atZone(clock.getZone()).toInstant());
        journal.save(CheckIn.on(DAY.plusDays(1), 2).build());
        timer.passTimeUntil(DAY.plusDays(1).atTime(19, 30).atZone(clock.getZone()).toInstant());
        assertThat(model.showingProperty().get()).as("already checked in today").isNull();
    }

    @Test
    void twoRemindersDueTogetherAreShownOneAfterTheOther() {
        RemindersViewModel model = start(ReminderSettings.defaults().withCheckInTime(LocalTime.of(9, 45)));
        timer.passTime(Duration.ofMinutes(45));
        assertThat(model.showingProperty().get()).isEqualTo(ReminderKind.MOVEMENT_BREAK);
        model.dismiss();
        assertThat(model.showingProperty().get()).as("Escape snoozes; the check-in reminder comes next")
                .isEqualTo(ReminderKind.CHECK_IN);
        model.notNow();
        assertThat(model.showingProperty().get()).isNull();
        assertThat(chimes).isEqualTo(2);
    }

    @Test
    void switchingMovementBreaksOffPutsAwayTheReminderOnScreen() {
        RemindersViewModel model = start(ReminderSettings.defaults().withCheckInReminder(false));
        timer.passTime(Duration.ofMinutes(45));
        model.apply(ReminderSettings.defaults().withCheckInReminder(false).withMovementBreaks(false),
                bundle.movementBreak());
        assertThat(model.showingProperty().get()).isNull();
        assertThat(model.anyOn()).isFalse();
        assertThat(timer.pending()).isNull();
        timer.passTime(Duration.ofHours(5));
        assertThat(model.showingProperty().get()).isNull();
    }

    @Test
    void stoppingCancelsTheWakeUp() {
        RemindersViewModel model = start(ReminderSettings.defaults());
        assertThat(timer.pending()).isNotNull();
        model.stop();
        assertThat(timer.pending()).isNull();
    }
}
