package org.backcoach.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.backcoach.settings.Appearance;
import org.backcoach.settings.SettingsStore;
import org.backcoach.settings.ThemeChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Theme and text size as the Settings screen and the shortcuts change them, without a toolkit. */
class AppearanceModelTest {

    @TempDir
    Path dir;

    @Test
    void everyChangeShowsAtOnceAndIsRemembered() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        AppearanceModel model = new AppearanceModel(Appearance.defaults(), store, Async.direct(), UiTestSupport.english());
        assertThat(model.textSizeTextProperty().get()).isEqualTo("Text size: 100%");
        model.larger();
        model.larger();
        assertThat(model.textSizePercentProperty().get()).isEqualTo(120);
        assertThat(model.textSizeTextProperty().get()).isEqualTo("Text size: 120%");
        model.setTheme(ThemeChoice.DARK);
        assertThat(store.load().appearance()).isEqualTo(new Appearance(ThemeChoice.DARK, 120));
        model.smaller();
        assertThat(store.load().appearance().textSizePercent()).isEqualTo(110);
        model.resetTextSize();
        assertThat(store.load().appearance()).isEqualTo(new Appearance(ThemeChoice.DARK, 100));
        assertThat(model.statusProperty().get()).isEmpty();
    }

    @Test
    void sizesStayBetween100And200() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        AppearanceModel model = new AppearanceModel(new Appearance(ThemeChoice.LIGHT, 190), store, Async.direct(),
                UiTestSupport.english());
        model.larger();
        model.larger();
        assertThat(model.textSizePercentProperty().get()).isEqualTo(200);
        model.setTextSizePercent(20);
        assertThat(model.textSizePercentProperty().get()).isEqualTo(100);
        model.smaller();
        assertThat(model.textSizePercentProperty().get()).isEqualTo(100);
    }

    @Test
    void aChoiceThatCannotBeSavedStillAppliesAndSaysSo() throws Exception {
        Path blocked = Files.createDirectories(dir.resolve("settings.json"));
        Files.writeString(blocked.resolve("in-the-way"), "a folder where the settings file should be");
        SettingsStore store = new SettingsStore(blocked);
        AppearanceModel model = new AppearanceModel(Appearance.defaults(), store, Async.direct(), UiTestSupport.english());
        model.setTheme(ThemeChoice.HIGH_CONTRAST);
        assertThat(model.themeProperty().get()).isEqualTo(ThemeChoice.HIGH_CONTRAST);
        assertThat(model.statusProperty().get()).startsWith("Your choice applies now but could not be saved");
    }
}
