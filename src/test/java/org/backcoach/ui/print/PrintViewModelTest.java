package org.backcoach.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.print.PdfCheck;
import org.backcoach.print.PdfPrinter;
import org.backcoach.print.PrintFixtures;
import org.backcoach.settings.PaperSize;
import org.backcoach.settings.SettingsStore;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Print screen's logic without a toolkit: choices, validation, saving, printing, progress. */
class PrintViewModelTest {

    @TempDir
    Path dir;
    private Journal journal;
    private PrintTestSupport.RecordingPrinter printer;
    private PrintViewModel model;

    @BeforeEach
    void setUp() {
        journal = JournalFixtures.open(dir);
        PrintFixtures.fillJournal(journal);
        printer = new PrintTestSupport.RecordingPrinter();
        model = new PrintViewModel(PrintTestSupport.printouts(journal, dir), printer, Async.direct(), Async.direct(),
                UiTestSupport.english());
        model.load();
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void startsWithTheFirstPhaseSheetOnThePaperOfTheCountry() {
        assertThat(model.kindProperty().get()).isEqualTo(PrintViewModel.Kind.SHEET);
        assertThat(model.phaseProperty().get().id()).isEqualTo("calm");
        assertThat(model.paperProperty().get()).isEqualTo(PaperSize.A4);
        assertThat(model.canRunBinding().get()).isTrue();
        assertThat(model.todayAvailableProperty().get()).as("no red flag withholds today's plan").isTrue();
        assertThat(model.fromProperty().get()).isEqualTo(PrintFixtures.today().minusDays(29));
    }

    @Test
    void savesAPhaseSheetAndSaysWhere() {
        model.phaseProperty().set(model.phases().get(2));
        Path file = dir.resolve("strengthen");
        model.saveTo(file);
        Path saved = dir.resolve("strengthen.pdf");
        assertThat(model.statusProperty().get()).startsWith("Saved").contains(saved.toString());
        assertThat(model.busyProperty().get()).isFalse();
        try (PdfCheck pdf = PdfCheck.of(saved)) {
            assertThat(pdf.text()).contains("Exercises for phase 3: Build core and glutes").contains("Plank");
        }
    }

    @Test
    void pickingNoExerciseIsAProblemAndNothingIsSaved() {
        model.sheetSourceProperty().set(PrintViewModel.SheetSource.PICKED);
        assertThat(model.problemProperty().get()).isEqualTo("Pick at least one exercise.");
        assertThat(model.canRunBinding().get()).isFalse();
        model.saveTo(dir.resolve("none.pdf"));
        assertThat(dir.resolve("none.pdf")).doesNotExist();
        model.picked().add("dead-bug");
        model.picked().add("cat-cow");
        assertThat(model.problemProperty().get()).isEmpty();
        model.saveTo(dir.resolve("picked.pdf"));
        try (PdfCheck pdf = PdfCheck.of(dir.resolve("picked.pdf"))) {
            assertThat(pdf.text()).as("printed in bundle order").contains("1. Cat-cow").contains("2. Dead bug");
        }
    }

    @Test
    void reportDatesAreChecked() {
        model.kindProperty().set(PrintViewModel.Kind.REPORT);
        model.fromProperty().set(PrintFixtures.today());
        model.toProperty().set(PrintFixtures.today().minusDays(3));
        assertThat(model.problemProperty().get()).isEqualTo("The first day is after the last day.");
        model.toProperty().set(PrintFixtures.today().plusDays(1));
        assertThat(model.problemProperty().get()).contains("future");
        model.toProperty().set(null);
        assertThat(model.problemProperty().get()).contains("Choose the first and the last day");
        model.fromProperty().set(PrintFixtures.today().minusDays(6));
        model.toProperty().set(PrintFixtures.today());
        model.saveTo(dir.resolve("report.pdf"));
        try (PdfCheck pdf = PdfCheck.of(dir.resolve("report.pdf"))) {
            assertThat(pdf.text()).contains("Self-care report for your clinician").contains("(7 days)");
        }
        assertThat(model.suggestedFileName()).isEqualTo("backcoach-report-2026-11-21.pdf");
    }

    @Test
    void printingHandsTheDocumentToThePrinterAndReportsTheOutcomePlainly() {
        model.kindProperty().set(PrintViewModel.Kind.FLARE_PLAN);
        model.print();
        assertThat(printer.printed).hasSize(1);
        try (PdfCheck pdf = PdfCheck.of(printer.printed.get(0))) {
            assertThat(pdf.text()).contains("My flare-up plan");
        }
        assertThat(model.statusProperty().get()).isEqualTo("Sent one page to the printer.");
        printer.answer = PdfPrinter.Outcome.NO_PRINTER;
        model.print();
        assertThat(model.statusProperty().get()).startsWith("No printer is set up on this computer.");
        printer.answer = PdfPrinter.Outcome.CANCELLED;
        model.print();
        assertThat(model.statusProperty().get()).contains("cancelled");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void busyWhileThePdfIsBuiltAndNoSecondJobMeanwhile() {
        PrintTestSupport.QueuedExecutor background = new PrintTestSupport.QueuedExecutor();
        Async queued = new Async(background, Runnable::run);
        PrintViewModel slow = new PrintViewModel(PrintTestSupport.printouts(journal, dir), printer, queued, queued,
                UiTestSupport.english());
        slow.saveTo(dir.resolve("slow.pdf"));
        assertThat(slow.busyProperty().get()).isTrue();
        assertThat(slow.canRunBinding().get()).isFalse();
        assertThat(slow.statusProperty().get()).isEqualTo("Preparing the PDF…");
        slow.print();
        assertThat(background.queue).as("ignored while busy").hasSize(1);
        background.runAll();
        assertThat(slow.busyProperty().get()).isFalse();
        assertThat(dir.resolve("slow.pdf")).exists();
        assertThat(printer.printed).isEmpty();
    }

    @Test
    void aChosenPaperIsRememberedInSettings() {
        model.paperProperty().set(PaperSize.LETTER);
        assertThat(new SettingsStore(dir.resolve("settings.json")).load().paperSize()).contains(PaperSize.LETTER);
        PrintViewModel again = new PrintViewModel(PrintTestSupport.printouts(journal, dir), printer, Async.direct(),
                Async.direct(), UiTestSupport.english());
        again.load();
        assertThat(again.paperProperty().get()).isEqualTo(PaperSize.LETTER);
        again.saveTo(dir.resolve("letter.pdf"));
        try (PdfCheck pdf = PdfCheck.of(dir.resolve("letter.pdf"))) {
            assertThat(pdf.pageWidth()).isEqualTo(612f);
        }
    }

    @Test
    void anUnwritableFileIsReportedNotThrown() {
        model.saveTo(dir.resolve("missing-folder").resolve("sheet.pdf"));
        assertThat(model.statusProperty().get()).startsWith("Not done: Could not write").contains("does not exist");
        assertThat(model.busyProperty().get()).isFalse();
    }
}
