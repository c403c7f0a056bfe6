package org.backcoach.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.backcoach.content.ActiveContent;
import org.backcoach.content.BundleFixtures;
import org.backcoach.content.BundleLibrary;
import org.backcoach.content.BundleLoader;
import org.backcoach.settings.Settings;
import org.backcoach.settings.SettingsStore;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.UiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings without a toolkit: choosing a clinician's bundle, going back, saving the name. */
class SettingsViewModelTest {

    @TempDir
    Path dir;
    private SettingsStore store;
    private BundleLibrary library;
    private SettingsViewModel model;
    private int contentChanges;

    @BeforeEach
    void setUp() {
        store = new SettingsStore(dir.resolve("settings.json"));
        library = new BundleLibrary(new BundleLoader(), dir.resolve("bundles"));
        ActiveContent content = library.resolve(Optional.empty(), Optional.empty(), "en");
        model = new SettingsViewModel(store, Settings.defaults(), library, content, dir.toString(), Async.direct(),
                UiTestSupport.english());
        model.setOnContentChanged(() -> contentChanges++);
    }

    @Test
    void aValidBundleIsInstalledRememberedAndAnnounced() {
        Path file = BundleFixtures.write(dir.resolve("physio.json"), tree -> tree.put("bundleId", "physio-plan"));
        model.useBundle(file);
        assertThat(store.load().bundleFile()).contains("physio-plan.json");
        assertThat(dir.resolve("bundles/physio-plan.json")).exists();
        assertThat(model.statusProperty().get()).contains("now in use");
        assertThat(contentChanges).isEqualTo(1);
    }

    @Test
    void anInvalidBundleIsReportedAndNothingChanges() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"schemaVersion\": 2}");
        model.useBundle(file);
        assertThat(store.load().bundleFile()).isEmpty();
        assertThat(model.statusProperty().get()).contains("was not used");
        assertThat(model.bundleReportProperty().get()).contains("bad.json: $");
        assertThat(contentChanges).isZero();
    }

    @Test
    void backToBuiltInForgetsTheBundle() throws Exception {
        store.save(Settings.defaults().withBundleFile(Optional.of("physio-plan.json")));
        model = new SettingsViewModel(store, store.load(), library,
                library.resolve(Optional.empty(), Optional.empty(), "en"), dir.toString(), Async.direct(),
                UiTestSupport.english());
        model.setOnContentChanged(() -> contentChanges++);
        model.useBuiltIn();
        assertThat(store.load().bundleFile()).isEmpty();
        assertThat(contentChanges).isEqualTo(1);
    }

    @Test
    void theNameIsSaved() {
        model.personNameProperty().set("  Ana  ");
        model.saveName();
        assertThat(store.load().personName()).isEqualTo("Ana");
        assertThat(model.statusProperty().get()).contains("saved");
    }

    @Test
    void savingTheNameKeepsRemindersAndTheWindowWrittenMeanwhile() throws Exception {
        model.reminders().soundProperty().set(false);
        store.update(s -> s.withWindow(Optional.of(new org.backcoach.settings.WindowBounds(5, 5, 900, 600, false))));
        model.personNameProperty().set("Ana");
        model.saveName();
        Settings saved = store.load();
        assertThat(saved.personName()).isEqualTo("Ana");
        assertThat(saved.reminders().sound()).isFalse();
        assertThat(saved.window()).isPresent();
    }
}
