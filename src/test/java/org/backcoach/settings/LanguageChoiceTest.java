package org.backcoach.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language choice: how it becomes a locale, and how settings.json keeps it (old files included). */
class LanguageChoiceTest {

    private static final Locale GERMANY = Locale.GERMANY;
    private static final Locale AUSTRIA = Locale.forLanguageTag("de-AT");

    @TempDir
    Path dir;

    @Test
    void systemFollowsAComputerInGermanOrEnglishAndFallsBackToEnglish() {
        assertThat(LanguageChoice.SYSTEM.locale(GERMANY)).isEqualTo(GERMANY);
        assertThat(LanguageChoice.SYSTEM.locale(AUSTRIA)).isEqualTo(AUSTRIA);
        assertThat(LanguageChoice.SYSTEM.locale(Locale.US)).isEqualTo(Locale.US);
        assertThat(LanguageChoice.SYSTEM.locale(Locale.FRANCE)).isEqualTo(Locale.forLanguageTag("en-FR"));
        assertThat(LanguageChoice.SYSTEM.locale(Locale.ROOT).getLanguage()).isEqualTo("en");
    }

    @Test
    void anOverrideKeepsTheComputersCountrySoThePaperStaysRight() {
        assertThat(LanguageChoice.GERMAN.locale(Locale.UK)).isEqualTo(Locale.forLanguageTag("de-GB"));
        assertThat(LanguageChoice.GERMAN.locale(AUSTRIA)).isEqualTo(AUSTRIA);
        assertThat(LanguageChoice.ENGLISH.locale(GERMANY)).isEqualTo(Locale.forLanguageTag("en-DE"));
        assertThat(LanguageChoice.GERMAN.locale(Locale.ENGLISH)).isEqualTo(Locale.GERMAN);
        assertThat(PaperSize.defaultFor(LanguageChoice.GERMAN.locale(Locale.ENGLISH))).isEqualTo(PaperSize.A4);
        assertThat(PaperSize.defaultFor(LanguageChoice.SYSTEM.locale(GERMANY))).isEqualTo(PaperSize.A4);
        assertThat(PaperSize.defaultFor(LanguageChoice.ENGLISH.locale(GERMANY))).isEqualTo(PaperSize.A4);
    }

    @Test
    void parsesItsOwnSpellingOnly() {
        assertThat(LanguageChoice.parse(" DE ")).contains(LanguageChoice.GERMAN);
        assertThat(LanguageChoice.parse("system")).contains(LanguageChoice.SYSTEM);
        assertThat(LanguageChoice.parse("fr")).isEmpty();
        assertThat(LanguageChoice.parse(null)).isEmpty();
    }

    @Test
    void theChoiceRoundTripsThroughSettingsJson() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.save(Settings.defaults().withPersonName("Ana").withLanguage(LanguageChoice.GERMAN));
        assertThat(Files.readString(dir.resolve("settings.json"))).contains("\"language\" : \"de\"");
        assertThat(store.load().language()).isEqualTo(LanguageChoice.GERMAN);
        assertThat(store.load().personName()).isEqualTo("Ana");
    }

    @Test
    void anOldSettingsFileWithoutALanguageFollowsTheSystemAndKeepsEverythingElse() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"),
                "{\"personName\": \"Ana\", \"paperSize\": \"letter\", \"reminders\": {\"sound\": false}}");
        Settings loaded = new SettingsStore(file).load();
        assertThat(loaded.language()).isEqualTo(LanguageChoice.SYSTEM);
        assertThat(loaded.personName()).isEqualTo("Ana");
        assertThat(loaded.paperSize()).contains(PaperSize.LETTER);
        assertThat(loaded.reminders().sound()).isFalse();
        assertThat(dir.resolve("settings.json.unreadable")).doesNotExist();
    }

    @Test
    void anUnknownLanguageFollowsTheSystemWithoutLosingTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"), "{\"personName\": \"Ana\", \"language\": \"tlh\"}");
        Settings loaded = new SettingsStore(file).load();
        assertThat(loaded.language()).isEqualTo(LanguageChoice.SYSTEM);
        assertThat(loaded.personName()).isEqualTo("Ana");
    }

    @Test
    void otherSettingsKeepTheLanguage() {
        Settings german = Settings.defaults().withLanguage(LanguageChoice.GERMAN);
        assertThat(german.withPersonName("Ana").withPaperSize(java.util.Optional.of(PaperSize.A4))
                .withWindow(java.util.Optional.empty()).withReminders(ReminderSettings.defaults()).language())
                .isEqualTo(LanguageChoice.GERMAN);
    }
}
