package org.backcoach.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.backcoach.content.Exercise;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.settings.PaperSize;
import org.backcoach.settings.Settings;
import org.backcoach.settings.SettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing what to print, and the settings printouts follow. */
class PrintoutsTest {

    @TempDir
    Path dir;
    private Journal journal;
    private SettingsStore settings;

    @BeforeEach
    void open() {
        journal = JournalFixtures.open(dir);
        settings = new SettingsStore(dir.resolve("settings.json"));
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private Printouts printouts(Locale locale) {
        return new Printouts(PrintFixtures.builtIn(), journal, settings, JournalFixtures.CLOCK, locale);
    }

    @Test
    void aPhaseSheetHasEveryExerciseThatSuitsThePhaseInBundleOrder() {
        ExerciseSheet sheet = printouts(Locale.UK).phaseSheet("walk");
        assertThat(sheet.title()).isEqualTo("Exercises for phase 2: Stand tall and walk");
        assertThat(sheet.exercises()).isNotEmpty().allMatch(e -> e.suits("walk"));
        assertThat(sheet.exercises()).extracting(Exercise::id).containsExactlyElementsOf(PrintFixtures.builtIn()
                .exercises().stream().filter(e -> e.suits("walk")).map(Exercise::id).toList());
    }

    @Test
    void unknownPhasesAndExercisesAreRefusedByName() {
        assertThatThrownBy(() -> printouts(Locale.UK).phaseSheet("sprint"))
                .isInstanceOf(PrintRequestException.class).hasMessageContaining("unknown phase 'sprint'")
                .hasMessageContaining("calm, walk, strengthen, full-body");
        assertThatThrownBy(() -> printouts(Locale.UK).pickedSheet(List.of("plank", "handstand", "cartwheel")))
                .isInstanceOf(PrintRequestException.class)
                .hasMessageContaining("unknown exercise ids 'handstand', 'cartwheel'");
    }

    @Test
    void pickedExercisesKeepTheirOrderAndRepeatsPrintOnce() {
        ExerciseSheet sheet = printouts(Locale.UK).pickedSheet(List.of("plank", "cat-cow", "plank"));
        assertThat(sheet.exercises()).extracting(Exercise::id).containsExactly("plank", "cat-cow");
    }

    @Test
    void todaysSheetIsTheCoachsPlanAndIsWithheldByARedFlag() throws Exception {
        List<String> planned = new org.backcoach.coach.Coach(PrintFixtures.builtIn()).plan(journal, JournalFixtures.TODAY)
                .exercises().stream().map(p -> p.exercise().id()).toList();
        assertThat(planned).isNotEmpty();
        assertThat(printouts(Locale.UK).todaysSheet().orElseThrow().exercises()).extracting(Exercise::id)
                .containsExactlyElementsOf(planned);
        journal.save(org.backcoach.journal.CheckIn.on(JournalFixtures.TODAY, 5)
                .redFlags(java.util.Set.of("fever-chills")).build());
        assertThat(printouts(Locale.UK).todaysSheet()).isEmpty();
    }

    @Test
    void paperDefaultsToTheCountryAndThenFollowsTheSetting() throws Exception {
        assertThat(printouts(Locale.US).paper()).isEqualTo(PaperSize.LETTER);
        assertThat(printouts(Locale.CANADA_FRENCH).paper()).isEqualTo(PaperSize.LETTER);
        assertThat(printouts(Locale.GERMANY).paper()).isEqualTo(PaperSize.A4);
        settings.save(Settings.defaults().withPersonName("Ana"));
        printouts(Locale.US).rememberPaper(PaperSize.A4);
        assertThat(printouts(Locale.US).paper()).isEqualTo(PaperSize.A4);
        assertThat(settings.load().personName()).as("other settings are kept").isEqualTo("Ana");
    }

    @Test
    void thePersonsNameFromSettingsIsInTheHeader() throws Exception {
        settings.save(Settings.defaults().withPersonName("Zoë Ἀθηνᾶ"));
        Printouts printouts = printouts(Locale.UK);
        try (PdfCheck check = PdfCheck.of(printouts.sheet(printouts.pickedSheet(List.of("plank")), PaperSize.A4))) {
            assertThat(check.text()).contains("For: Zoë Ἀθηνᾶ");
        }
    }

    @Test
    void savingReplacesAFileWholeAndRefusesAMissingFolder() throws Exception {
        Printouts printouts = printouts(Locale.UK);
        RenderedPdf pdf = printouts.flarePlan(PaperSize.A4);
        Path file = Files.writeString(dir.resolve("plan.pdf"), "old");
        pdf.writeTo(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(pdf.bytes());
        assertThat(dir.toFile().list()).noneMatch(name -> name.endsWith(".tmp"));
        Path fresh = dir.resolve("fresh.pdf");
        pdf.writeTo(fresh);
        if (fresh.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));
            assertThat(Files.getPosixFilePermissions(fresh)).as("like any new file, not owner-only")
                    .isEqualTo(Files.getPosixFilePermissions(ordinary));
        }
        assertThatThrownBy(() -> pdf.writeTo(dir.resolve("no-such-folder").resolve("plan.pdf")))
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> pdf.writeTo(dir)).hasMessageContaining("is a folder");
    }
}
