package org.backcoach.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void missingFileMeansDefaults() {
        assertThat(new SettingsStore(dir.resolve("settings.json")).load()).isEqualTo(Settings.defaults());
    }

    @Test
    void roundTrip() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        Settings settings = Settings.defaults().withPersonName("Ana Müller").withBundleFile(Optional.of("physio-ana.json"));
        store.save(settings);
        assertThat(store.load()).isEqualTo(settings);
        assertThat(dir.resolve("settings.json.tmp")).doesNotExist();
    }

    @Test
    void unknownFieldsFromANewerVersionAreIgnored() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"), "{\"personName\": \"Ana\", \"theme\": \"dark\"}");
        assertThat(new SettingsStore(file).load().personName()).isEqualTo("Ana");
    }

    @Test
    void unreadableFileIsSetAsideAndDefaultsAreUsed() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"), "{not json");
        assertThat(new SettingsStore(file).load()).isEqualTo(Settings.defaults());
        assertThat(dir.resolve("settings.json.unreadable")).hasContent("{not json");
    }

    @Test
    void aFileHoldingOnlyNullIsSetAsideToo() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"), "null");
        assertThat(new SettingsStore(file).load()).isEqualTo(Settings.defaults());
        assertThat(dir.resolve("settings.json.unreadable")).hasContent("null");
    }

    @Test
    void aPathWhereABundleFileNameIsExpectedIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"), "{\"bundleFile\": \"../../x\"}");
        assertThat(new SettingsStore(file).load().bundleFile()).isEmpty();
        assertThatThrownBy(() -> Settings.defaults().withBundleFile(Optional.of("../x.json")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plain file name");
    }

    @Test
    void paperSizeRoundTripsAndAnUnknownOneFallsBackToTheLocale() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.save(Settings.defaults().withPaperSize(Optional.of(PaperSize.LETTER)));
        assertThat(store.load().paperSize()).contains(PaperSize.LETTER);
        assertThat(Files.readString(dir.resolve("settings.json"))).contains("\"paperSize\" : \"letter\"");
        Files.writeString(dir.resolve("settings.json"), "{\"personName\": \"Ana\", \"paperSize\": \"A3\"}");
        Settings loaded = store.load();
        assertThat(loaded.paperSize()).isEmpty();
        assertThat(loaded.personName()).isEqualTo("Ana");
        assertThat(loaded.paperSizeOr(java.util.Locale.US)).isEqualTo(PaperSize.LETTER);
        assertThat(loaded.paperSizeOr(java.util.Locale.FRANCE)).isEqualTo(PaperSize.A4);
    }

    @Test
    void updateChangesOneSettingOnTopOfWhatIsOnDisk() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.save(Settings.defaults().withPersonName("Ana"));
        Settings saved = store.update(s -> s.withPaperSize(Optional.of(PaperSize.A4)));
        assertThat(saved.personName()).isEqualTo("Ana");
        assertThat(store.load()).isEqualTo(saved);
    }

    @Test
    void remindersAndTheWindowRoundTrip() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        Settings settings = Settings.defaults().withReminders(ReminderSettings.defaults().withMovementBreakMinutes(35)
                        .withCheckInTime(LocalTime.of(21, 15)).withSound(false))
                .withWindow(Optional.of(new WindowBounds(-1200.5, 40, 1000, 700, true)));
        store.save(settings);
        assertThat(store.load()).isEqualTo(settings);
    }

    @Test
    void aFileFromBeforeRemindersGetsTheDefaults() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"), "{\"personName\": \"Ana\"}");
        Settings loaded = new SettingsStore(file).load();
        assertThat(loaded.reminders()).isEqualTo(ReminderSettings.defaults());
        assertThat(loaded.reminders().checkInTime()).isEqualTo(LocalTime.of(20, 0));
        assertThat(loaded.reminders().movementBreaks()).isTrue();
        assertThat(loaded.window()).isEmpty();
    }

    @Test
    void aBadReminderValueFallsBackAloneAndKeepsTheRest() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"), "{\"personName\": \"Ana\", \"reminders\": "
                + "{\"checkInTime\": \"25:99\", \"movementBreakMinutes\": -3, \"sound\": false}, "
                + "\"window\": {\"x\": 1, \"y\": 2, \"width\": 0, \"height\": 5}}");
        Settings loaded = new SettingsStore(file).load();
        assertThat(loaded.personName()).isEqualTo("Ana");
        assertThat(loaded.reminders().checkInTime()).isEqualTo(ReminderSettings.DEFAULT_CHECK_IN_TIME);
        assertThat(loaded.reminders().movementBreakMinutes()).isEmpty();
        assertThat(loaded.reminders().sound()).isFalse();
        assertThat(loaded.window()).as("a zero-sized window is not restored").isEmpty();
        assertThat(dir.resolve("settings.json.unreadable")).doesNotExist();
    }

    @Test
    void updateChangesOnlyTheGivenFieldsOfWhatIsOnDisk() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.save(Settings.defaults().withPersonName("Ana"));
        Settings stale = store.load();
        store.update(s -> s.withReminders(s.reminders().withSound(false)));
        store.update(s -> s.withWindow(Optional.of(new WindowBounds(0, 0, 900, 600, false))));
        store.update(s -> s.withPersonName(stale.personName() + " M."));
        Settings now = store.load();
        assertThat(now.personName()).isEqualTo("Ana M.");
        assertThat(now.reminders().sound()).isFalse();
        assertThat(now.window()).isPresent();
    }
}
