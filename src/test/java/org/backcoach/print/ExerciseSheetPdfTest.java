package org.backcoach.print;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.backcoach.content.Bundle;
import org.backcoach.content.BundleFixtures;
import org.backcoach.content.BundleLoader;
import org.backcoach.content.Exercise;
import org.backcoach.settings.PaperSize;
import org.junit.jupiter.api.Test;

/** Exercise sheets parsed back with PDFBox: text, page count, fonts, non-Latin text, ink on every page. */
class ExerciseSheetPdfTest {

    private static RenderedPdf sheet(Bundle bundle, List<Exercise> exercises, PaperSize paper) {
        return ExerciseSheetPdf.render(new ExerciseSheet("My exercises", exercises), PrintFixtures.setup(bundle, paper));
    }

    @Test
    void everyExerciseOfTheBundleIsPrintedWithItsTitleAndDoseAndNeverSplit() {
        Bundle bundle = PrintFixtures.builtIn();
        RenderedPdf pdf = sheet(bundle, bundle.exercises(), PaperSize.A4);
        try (PdfCheck check = PdfCheck.of(pdf)) {
            assertThat(check.pages()).isEqualTo(pdf.pageCount()).isEqualTo(8);
            List<String> pages = java.util.stream.IntStream.rangeClosed(1, check.pages()).mapToObj(check::pageText).toList();
            for (Exercise e : bundle.exercises()) {
                String dose = "Dose: " + e.dose().describe();
                String lastCaution = e.cautions().get(e.cautions().size() - 1);
                String cautionEnd = lastCaution.substring(Math.max(0, lastCaution.length() - 25));
                List<String> withTitle = pages.stream().filter(p -> p.contains(". " + e.title())).toList();
                assertThat(withTitle).as(e.id()).hasSize(1);
                String page = withTitle.get(0);
                assertThat(page).as(e.id()).contains(dose).contains(e.instructions().get(0).substring(0, 20))
                        .contains(cautionEnd);
            }
        }
    }

    @Test
    void oneShortExerciseIsOnePageWithHeaderAndFooter() {
        Bundle bundle = PrintFixtures.builtIn();
        try (PdfCheck check = PdfCheck.of(sheet(bundle, List.of(bundle.exercise("cat-cow").orElseThrow()), PaperSize.A4))) {
            assertThat(check.pages()).isEqualTo(1);
            assertThat(check.text()).contains("My exercises").contains("For: Ana Müller").contains("Nov 21, 2026")
                    .contains("Stop the exercises and get medical help if:")
                    .contains(bundle.redFlags().get(0).question())
                    .contains("is not medical advice").contains("Page 1 of 1")
                    .contains("Set 1").contains("Mon").contains("Sun")
                    .contains("Start").contains("Move to").doesNotContain("No drawing yet");
        }
    }

    @Test
    void anExerciseWithoutAFigureGetsAClearPlaceholder() {
        Bundle bundle = PrintFixtures.builtIn();
        Exercise catCow = bundle.exercise("cat-cow").orElseThrow();
        Exercise undrawn = new Exercise(catCow.id(), catCow.title(), catCow.category(), catCow.summary(),
                catCow.instructions(), catCow.dose(), catCow.cautions(), catCow.bodyAreas(), catCow.muscles(),
                catCow.phases(), java.util.Optional.empty(), catCow.source());
        try (PdfCheck check = PdfCheck.of(sheet(bundle, List.of(undrawn), PaperSize.A4))) {
            assertThat(check.text()).contains("No drawing yet").doesNotContain("Move to");
        }
    }

    @Test
    void paperFollowsTheSetting() {
        Bundle bundle = PrintFixtures.builtIn();
        List<Exercise> two = bundle.exercises().subList(0, 2);
        try (PdfCheck a4 = PdfCheck.of(sheet(bundle, two, PaperSize.A4));
             PdfCheck letter = PdfCheck.of(sheet(bundle, two, PaperSize.LETTER))) {
            assertThat(a4.pageWidth()).isEqualTo(595.27563f);
            assertThat(letter.pageWidth()).isEqualTo(612f);
        }
    }

    @Test
    void onlyEmbeddedFontsAreUsed() {
        Bundle bundle = PrintFixtures.multilingual();
        try (PdfCheck check = PdfCheck.of(sheet(bundle, bundle.exercises(), PaperSize.LETTER))) {
            assertThat(check.fontsNotEmbedded()).isEmpty();
            assertThat(check.fontCount()).isEqualTo(1);
        }
    }

    @Test
    void accentedGreekAndCyrillicTextSurvives() {
        Bundle bundle = PrintFixtures.multilingual();
        try (PdfCheck check = PdfCheck.of(sheet(bundle, bundle.exercises(), PaperSize.A4))) {
            assertThat(check.text()).contains(PrintFixtures.GREEK_TITLE).contains(PrintFixtures.GREEK_STEP)
                    .contains(PrintFixtures.CYRILLIC_TITLE).contains(PrintFixtures.CYRILLIC_CAUTION)
                    .contains(PrintFixtures.ACCENTED_TITLE);
        }
    }

    @Test
    void everyPageHasContentNotJustAFrame() {
        Bundle bundle = PrintFixtures.multilingual();
        try (PdfCheck check = PdfCheck.of(sheet(bundle, bundle.exercises(), PaperSize.A4))) {
            for (int i = 0; i < check.pages(); i++) {
                assertThat(check.bodyInk(i)).as("ink on page %d", i + 1).isGreaterThan(2000);
            }
        }
    }

    @Test
    void charactersTheFontLacksPrintAsQuestionMarksInsteadOfFailing() {
        ObjectNode tree = BundleFixtures.builtInTree();
        ((ObjectNode) tree.get("exercises").get(0)).put("title", "腰痛 stretch 🙂");
        Bundle bundle = new BundleLoader().parse("cjk", BundleFixtures.bytes(tree)).bundle().orElseThrow();
        try (PdfCheck check = PdfCheck.of(sheet(bundle, bundle.exercises().subList(0, 1), PaperSize.A4))) {
            assertThat(check.text()).contains("?? stretch ?");
        }
    }

    @Test
    void anExerciseTallerThanAPageContinuesOnTheNextPage() {
        ObjectNode tree = BundleFixtures.builtInTree();
        ObjectNode wordy = (ObjectNode) tree.get("exercises").get(0);
        ArrayNode steps = wordy.putArray("instructions");
        for (int i = 1; i <= 15; i++) {
            steps.add(("Step " + i + " goes on and on. ").repeat(40).strip());
        }
        Bundle bundle = new BundleLoader().parse("wordy", BundleFixtures.bytes(tree)).bundle().orElseThrow();
        try (PdfCheck check = PdfCheck.of(sheet(bundle, bundle.exercises().subList(0, 2), PaperSize.A4))) {
            assertThat(check.pages()).isGreaterThan(2);
            assertThat(check.text()).contains("(continued)").contains("Step 15 goes on and on.")
                    .contains(bundle.exercises().get(1).title());
        }
    }
}
