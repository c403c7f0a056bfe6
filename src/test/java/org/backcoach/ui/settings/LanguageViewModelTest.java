package org.backcoach.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.backcoach.content.ActiveContent;
import org.backcoach.content.BundleFixtures;
import org.backcoach.content.BundleLibrary;
import org.backcoach.content.BundleLoader;
import org.backcoach.settings.LanguageChoice;
import org.backcoach.settings.Settings;
import org.backcoach.settings.SettingsStore;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.common.UiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language part of Settings without a toolkit: naming the choices, saving one, saying what a bundle keeps. */
class LanguageViewModelTest {

    private static final Messages GERMAN = Messages.strict(Locale.GERMANY);

    @TempDir
    Path dir;
    private SettingsStore store;
    private BundleLibrary library;
    private final List<LanguageChoice> applied = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        store = new SettingsStore(dir.resolve("settings.json"));
        store.save(Settings.defaults().withPersonName("Ana"));
        library = new BundleLibrary(new BundleLoader(), dir.resolve("bundles"));
    }

    private LanguageViewModel model(LanguageChoice saved, Locale system, ActiveContent content, Messages messages) {
        LanguageViewModel model = new LanguageViewModel(store, saved, system, content, Async.direct(), messages);
        model.setOnApplied(applied::add);
        return model;
    }

    private ActiveContent builtIn(String language) {
        return library.resolve(Optional.empty(), Optional.empty(), language);
    }

    @Test
    void eachLanguageIsNamedInItsOwnWordsAndSystemSaysWhatItGives() {
        LanguageViewModel english = model(LanguageChoice.SYSTEM, Locale.GERMANY, builtIn("de"), UiTestSupport.english());
        assertThat(english.choices()).extracting(english::label)
                .containsExactly("Same as this computer (Deutsch)", "English", "Deutsch");
        LanguageViewModel german = model(LanguageChoice.SYSTEM, Locale.FRANCE, builtIn("en"), GERMAN);
        assertThat(german.choices()).extracting(german::label)
                .containsExactly("Wie dieser Computer (English)", "English", "Deutsch");
    }

    @Test
    void applyingSavesTheChoiceKeepsTheRestAndHandsItToTheApp() {
        LanguageViewModel model = model(LanguageChoice.SYSTEM, Locale.US, builtIn("en"), UiTestSupport.english());
        assertThat(model.unchangedBinding().get()).isTrue();
        model.choiceProperty().set(LanguageChoice.GERMAN);
        assertThat(model.unchangedBinding().get()).isFalse();
        model.apply();
        assertThat(store.load().language()).isEqualTo(LanguageChoice.GERMAN);
        assertThat(store.load().personName()).isEqualTo("Ana");
        assertThat(applied).containsExactly(LanguageChoice.GERMAN);
        assertThat(model.unchangedBinding().get()).isTrue();
    }

    @Test
    void applyingTheSavedChoiceChangesNothingAndSaysSo() {
        LanguageViewModel model = model(LanguageChoice.ENGLISH, Locale.US, builtIn("en"), UiTestSupport.english());
        model.apply();
        assertThat(applied).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("That language is already in use.");
    }

    @Test
    void theNewScreensConfirmTheSwitchInTheNewLanguage() {
        LanguageViewModel model = model(LanguageChoice.GERMAN, Locale.US, builtIn("de"), GERMAN);
        model.confirmApplied();
        assertThat(model.statusProperty().get()).isEqualTo("BackCoach spricht jetzt Deutsch.");
    }

    @Test
    void aSettingsFileThatCannotBeWrittenIsReportedAndNothingIsApplied() throws Exception {
        Files.delete(dir.resolve("settings.json"));
        Files.createDirectories(dir.resolve("settings.json"));
        LanguageViewModel model = model(LanguageChoice.SYSTEM, Locale.US, builtIn("en"), UiTestSupport.english());
        model.choiceProperty().set(LanguageChoice.GERMAN);
        model.apply();
        assertThat(applied).isEmpty();
        assertThat(model.statusProperty().get()).startsWith("The language could not be changed:");
    }

    @Test
    void aBundleOfThePersonsOwnInAnotherLanguageIsNamedPlainly() {
        Path file = BundleFixtures.write(dir.resolve("physio.json"), tree -> tree.put("bundleId", "physio-plan"));
        ActiveContent own = library.resolve(Optional.of(file), Optional.empty(), "de");
        LanguageViewModel model = model(LanguageChoice.GERMAN, Locale.GERMANY, own, GERMAN);
        assertThat(model.bundleNoteProperty().get()).isEqualTo("Ihr eigenes Inhaltspaket ist auf Englisch geschrieben, "
                + "daher bleiben seine Anleitungen und gedruckten Blätter auf Englisch. Die Wörter von BackCoach selbst "
                + "sind auf Deutsch.");
        assertThat(model(LanguageChoice.GERMAN, Locale.GERMANY, builtIn("de"), GERMAN).bundleNoteProperty().get())
                .as("the built-in content always speaks the chosen language").isEmpty();
        assertThat(model(LanguageChoice.ENGLISH, Locale.GERMANY, own, UiTestSupport.english()).bundleNoteProperty().get())
                .as("an English bundle in English needs no note").isEmpty();
    }
}
