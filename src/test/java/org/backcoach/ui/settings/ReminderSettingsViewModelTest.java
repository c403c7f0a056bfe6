package org.backcoach.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.backcoach.content.BundleFixtures;
import org.backcoach.content.MovementBreak;
import org.backcoach.settings.ReminderSettings;
import org.backcoach.settings.Settings;
import org.backcoach.settings.SettingsStore;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.UiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReminderSettingsViewModelTest {

    @TempDir
    Path dir;

    private final MovementBreak range = BundleFixtures.builtIn().movementBreak();
    private final List<ReminderSettings> applied = new ArrayList<>();
    private SettingsStore store;
    private ReminderSettingsViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        store = new SettingsStore(dir.resolve("settings.json"));
        store.save(Settings.defaults().withPersonName("Ana"));
        model = new ReminderSettingsViewModel(store, ReminderSettings.defaults(), range, Async.direct(),
                UiTestSupport.english());
        model.setOnChanged(applied::add);
    }

    @Test
    void startsFromTheSettingsWithTheBundlesDefaultSittingTime() {
        assertThat(model.movementBreaksProperty().get()).isTrue();
        assertThat(model.minutesProperty().get()).isEqualTo(45);
        assertThat(model.minMinutes()).isEqualTo(30);
        assertThat(model.maxMinutes()).isEqualTo(60);
        assertThat(model.checkInTimeProperty().get()).isEqualTo("20:00");
        assertThat(model.soundProperty().get()).isTrue();
    }

    @Test
    void eachChangeIsSavedAndHandedToTheRunningReminders() {
        model.minutesProperty().set(55);
        model.soundProperty().set(false);
        model.checkInReminderProperty().set(false);
        ReminderSettings saved = store.load().reminders();
        assertThat(saved.movementBreakMinutes()).hasValue(55);
        assertThat(saved.sound()).isFalse();
        assertThat(saved.checkInReminder()).isFalse();
        assertThat(store.load().personName()).as("other settings stay").isEqualTo("Ana");
        assertThat(applied).hasSize(3);
        assertThat(applied.get(2)).isEqualTo(saved);
        assertThat(model.statusProperty().get()).isEqualTo("Reminder settings saved.");
    }

    @Test
    void aSittingTimeOutsideTheBundlesRangeIsNotSaved() {
        model.minutesProperty().set(90);
        assertThat(store.load().reminders().movementBreakMinutes()).isEmpty();
        assertThat(applied).isEmpty();
    }

    @Test
    void theCheckInTimeIsCheckedWhenCommitted() {
        model.checkInTimeProperty().set("7:05");
        model.commitCheckInTime();
        assertThat(model.checkInTimeProperty().get()).isEqualTo("07:05");
        assertThat(store.load().reminders().checkInTime()).isEqualTo(LocalTime.of(7, 5));
        assertThat(model.timeErrorProperty().get()).isEmpty();

        model.checkInTimeProperty().set("half past eight");
        model.commitCheckInTime();
        assertThat(model.timeErrorProperty().get()).contains("“half past eight” is not a time").contains("20:00");
        assertThat(store.load().reminders().checkInTime()).as("nothing saved").isEqualTo(LocalTime.of(7, 5));
        model.checkInTimeProperty().set("21:30");
        model.commitCheckInTime();
        assertThat(model.timeErrorProperty().get()).isEmpty();
        assertThat(applied).extracting(ReminderSettings::checkInTime).containsExactly(LocalTime.of(7, 5),
                LocalTime.of(21, 30));
    }
}
