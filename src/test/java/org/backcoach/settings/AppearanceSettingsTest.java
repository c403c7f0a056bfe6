package org.backcoach.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Theme and text size in settings.json: remembered, and older or odd files still load. */
class AppearanceSettingsTest {

    @TempDir
    Path dir;

    @Test
    void themeAndTextSizeRoundTrip() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        Settings settings = Settings.defaults().withPersonName("Ana")
                .withAppearance(new Appearance(ThemeChoice.HIGH_CONTRAST, 170));
        store.save(settings);
        assertThat(store.load()).isEqualTo(settings);
        assertThat(Files.readString(dir.resolve("settings.json")))
                .contains("\"theme\" : \"high-contrast\"").contains("\"textSizePercent\" : 170");
    }

    @Test
    void aFileFromBeforeThemesLoadsWithTheDefaults() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"),
                "{\"personName\": \"Ana\", \"paperSize\": \"a4\", \"reminders\": {\"sound\": false}}");
        Settings loaded = new SettingsStore(file).load();
        assertThat(loaded.appearance()).isEqualTo(Appearance.defaults());
        assertThat(loaded.appearance().theme()).isEqualTo(ThemeChoice.LIGHT);
        assertThat(loaded.appearance().textSizePercent()).isEqualTo(100);
        assertThat(loaded.personName()).isEqualTo("Ana");
        assertThat(loaded.reminders().sound()).isFalse();
    }

    @Test
    void aMissingFieldOrAnUnknownThemeFallsBackAloneAndSizesAreClamped() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"),
                "{\"appearance\": {\"theme\": \"Solarized\", \"textSizePercent\": 450, \"font\": \"x\"}}");
        SettingsStore store = new SettingsStore(file);
        assertThat(store.load().appearance()).isEqualTo(new Appearance(ThemeChoice.LIGHT, 200));
        Files.writeString(file, "{\"appearance\": {\"theme\": \"DARK\"}}");
        assertThat(store.load().appearance()).isEqualTo(new Appearance(ThemeChoice.DARK, 100));
        Files.writeString(file, "{\"appearance\": {\"textSizePercent\": 20}}");
        assertThat(store.load().appearance()).isEqualTo(new Appearance(ThemeChoice.LIGHT, 100));
        assertThat(dir.resolve("settings.json.unreadable")).doesNotExist();
    }

    @Test
    void largerAndSmallerStepByTenAndStopAtTheEnds() {
        Appearance a = Appearance.defaults();
        assertThat(a.smaller().textSizePercent()).isEqualTo(100);
        assertThat(a.larger().larger().textSizePercent()).isEqualTo(120);
        Appearance big = a.withTextSizePercent(195);
        assertThat(big.larger().textSizePercent()).isEqualTo(200);
        assertThat(big.larger().larger().textSizePercent()).isEqualTo(200);
        assertThat(big.smaller().textSizePercent()).isEqualTo(185);
    }

    @Test
    void anUpdateOfTheWindowKeepsTheAppearance() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.update(s -> s.withAppearance(new Appearance(ThemeChoice.DARK, 150)));
        store.update(s -> s.withWindow(java.util.Optional.of(new WindowBounds(0, 0, 900, 600, false))));
        store.update(s -> s.withPersonName("Ana"));
        assertThat(store.load().appearance()).isEqualTo(new Appearance(ThemeChoice.DARK, 150));
    }
}
