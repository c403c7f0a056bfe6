package org.backcoach.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.backcoach.content.Bundle;
import org.backcoach.content.BundleLoader;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.settings.LanguageChoice;
import org.backcoach.settings.PaperSize;
import org.backcoach.settings.SettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three printouts from the German bundle, parsed back with PDFBox: German headings and labels,
 * German exercise names with their umlauts and ß intact (Liberation Sans is embedded), German dates
 * and decimal commas, and A4 as the paper a German locale gets by default.
 */
class GermanPrintoutsTest {

    private static final LocalDate TODAY = PrintFixtures.today();
    private static final Bundle GERMAN = new BundleLoader().loadBuiltIn("de").bundle().orElseThrow();

    @TempDir
    Path dir;
    private Journal journal;
    private Printouts printouts;

    @BeforeEach
    void open() throws Exception {
        new SettingsStore(dir.resolve("settings.json")).save(org.backcoach.settings.Settings.defaults()
                .withPersonName("Jörg Weiß"));
        journal = JournalFixtures.open(dir);
        PrintFixtures.fillJournal(journal);
        printouts = new Printouts(GERMAN, journal, new SettingsStore(dir.resolve("settings.json")), JournalFixtures.CLOCK,
                Locale.GERMANY);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void aGermanPhaseSheetHasGermanHeadingsAndExerciseNamesWithUmlauts() {
        ExerciseSheet sheet = printouts.phaseSheet("strengthen");
        assertThat(sheet.title()).isEqualTo("Übungen für Phase 3: Rumpf und Gesäß stärken");
        try (PdfCheck check = PdfCheck.of(printouts.sheet(sheet, printouts.paper()))) {
            assertThat(check.pageWidth()).as("A4").isEqualTo(595.27563f);
            assertThat(check.text()).contains("Übungen für Phase 3: Rumpf und Gesäß stärken")
                    .contains("Für: Jörg Weiß").contains("21.11.2026")
                    .contains("Woche vom:")
                    .contains("Faszienrolle: Gesäß bis Kreuzbein").contains("Schulterbrücke").contains("Toter Käfer")
                    .contains("Vierfüßlerstand mit Arm und Bein")
                    .contains("Dosis: 2 × 8–12 Wiederholungen").contains("Schritte").contains("Achten Sie darauf")
                    .contains("Kraft").contains("Satz 1").contains("Mo").contains("So")
                    .contains("Brechen Sie die Übungen ab und holen Sie ärztliche Hilfe, wenn:")
                    .contains("keine medizinische Beratung").contains("Seite 1 von")
                    .doesNotContain("Dose:").doesNotContain("Steps").doesNotContain("Page 1");
            assertThat(check.fontsNotEmbedded()).isEmpty();
            for (int page = 0; page < check.pages(); page++) {
                assertThat(check.bodyInk(page)).as("ink on page %d", page + 1).isGreaterThan(2000);
            }
        }
    }

    @Test
    void aGermanReportHasGermanDatesDecimalCommasAndHeadings() {
        try (PdfCheck check = PdfCheck.of(printouts.report(TODAY.minusDays(29), TODAY, PaperSize.A4))) {
            assertThat(check.text()).contains("Selbsthilfe-Bericht für die Praxis")
                    .contains("23.10.2026 – 21.11.2026 (30 Tage)")
                    .contains("23 Check-ins an 30 Tagen")
                    .contains("Schmerz jetzt").contains("Stärkster des Tages")
                    .contains("Erster Spaziergang von 10 Minuten, und an 6 weiteren Tagen")
                    .contains("Geübt an 16 von 30 Tagen (53 %)")
                    .contains("Katze und Kuh 16 16 1,3 3").contains("Schulterbrücke 6 6 2,5 3")
                    .contains("Wird der Schmerz nachts schlimmer oder weckt er Sie aus dem Schlaf? Ja: 27. Okt.–28. Okt.")
                    .contains("Seite 1 von 1");
        }
    }

    @Test
    void aGermanFlarePlanSaysWhenToGetHelpInGerman() {
        try (PdfCheck check = PdfCheck.of(printouts.flarePlan(PaperSize.A4))) {
            assertThat(check.text()).contains("Mein Plan für akute Schübe")
                    .contains("1. Erste Schritte, wenn ein Krampf beginnt").contains("Langsam atmen")
                    .contains("4. Aufhören und ärztliche Hilfe holen, wenn")
                    .contains("Sofort: Notaufnahme oder Notruf")
                    .contains(GERMAN.redFlag("bladder-bowel-control").orElseThrow().question());
        }
    }

    @Test
    void thePaperFollowsTheCountryOfTheChosenLanguage() {
        SettingsStore settings = new SettingsStore(dir.resolve("settings.json"));
        for (Locale computer : List.of(Locale.GERMANY, Locale.forLanguageTag("de-AT"), Locale.ENGLISH, Locale.UK)) {
            Locale german = LanguageChoice.GERMAN.locale(computer);
            assertThat(new Printouts(GERMAN, journal, settings, JournalFixtures.CLOCK, german).paper()).as(german.toString())
                    .isEqualTo(PaperSize.A4);
        }
        assertThat(new Printouts(GERMAN, journal, settings, JournalFixtures.CLOCK, LanguageChoice.GERMAN.locale(Locale.US))
                .paper()).as("a German speaker in the US keeps the local paper").isEqualTo(PaperSize.LETTER);
    }
}
