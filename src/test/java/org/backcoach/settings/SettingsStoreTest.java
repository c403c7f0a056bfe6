package org.backcoach.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
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
    void aPathWhereABundleFileNameIsExpectedIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"), "{\"bundleFile\": \"../../x\"}");
        assertThat(new SettingsStore(file).load().bundleFile()).isEmpty();
        assertThatThrownBy(() -> Settings.defaults().withBundleFile(Optional.of("../x.json")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("plain file name");
    }
}
