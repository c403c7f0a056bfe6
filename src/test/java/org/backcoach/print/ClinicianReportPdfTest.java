package org.backcoach.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.settings.PaperSize;
import org.backcoach.settings.SettingsStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clinician report from a real journal, parsed back with PDFBox. */
class ClinicianReportPdfTest {

    private static final LocalDate TODAY = PrintFixtures.today();

    @TempDir
    Path dir;
    private Journal journal;
    private Printouts printouts;

    @BeforeEach
    void open() {
        journal = JournalFixtures.open(dir);
        PrintFixtures.fillJournal(journal);
        printouts = new Printouts(PrintFixtures.builtIn(), journal, new SettingsStore(dir.resolve("settings.json")),
                JournalFixtures.CLOCK, Locale.UK);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void aMonthFitsOnOnePageWithEverySection() {
        try (PdfCheck check = PdfCheck.of(printouts.report(TODAY.minusDays(29), TODAY, PaperSize.A4))) {
            assertThat(check.pages()).isEqualTo(1);
            assertThat(check.text()).contains("Self-care report for your clinician")
                    .contains("Oct 23, 2026 – Nov 21, 2026 (30 days)")
                    .contains("23 check-ins on 30 days")
                    .contains("Pain now").contains("Worst of the day").contains("7-day average of pain now")
                    .contains("First day standing fully straight").contains("First 10-minute walk, and on 6 more days")
                    .contains("Exercised on 16 of 30 days (53%), 22 sessions in all.")
                    .contains("Cat-cow 16 16 1.3 3").contains("Glute bridge 6 6 2.5 3")
                    .contains("What went with more or less pain").contains("Walked")
                    .contains("Does your pain get worse at night, or wake you from sleep? Yes on 27 Oct–28 Oct.")
                    .contains("21 Nov: Day 30: walked a little")
                    .contains("is not medical advice").contains("Page 1 of 1");
            assertThat(check.fontsNotEmbedded()).isEmpty();
            assertThat(check.bodyInk(0)).isGreaterThan(2000);
        }
    }

    @Test
    void theChartIsDrawnAsVectorsInsideTheReport() {
        try (PdfCheck check = PdfCheck.of(printouts.report(TODAY.minusDays(29), TODAY, PaperSize.A4))) {
            // Between the chart's top (below the summary) and the x axis labels: lines and dots, not text only.
            assertThat(check.ink(0, 150, 300)).isGreaterThan(3000);
        }
    }

    @Test
    void anEmptyPeriodSaysSoInsteadOfDrawingNothing() {
        try (PdfCheck check = PdfCheck.of(printouts.report(TODAY.minusYears(2), TODAY.minusYears(2).plusDays(6),
                PaperSize.LETTER))) {
            assertThat(check.pages()).isEqualTo(1);
            assertThat(check.text()).contains("No check-ins in these 7 days").contains("No check-ins in this period")
                    .contains("No milestones were ticked").contains("No red-flag question was answered yes")
                    .contains("No notes in this period").contains("Exercised on 0 of 7 days (0%), no sessions in all.");
        }
    }

    @Test
    void insightsWhenGivenAreShownAsATable() {
        ClinicianReport report = ClinicianReport.build(PrintFixtures.builtIn(), TODAY.minusDays(6), TODAY,
                journal.between(TODAY.minusDays(12), TODAY), journal.exerciseLog(TODAY.minusDays(6), TODAY),
                new PrintedInsights(List.of(ClinicianReportTest.insight("Walking", -1.8),
                        ClinicianReportTest.insight("Long sitting", 1.2))));
        try (PdfCheck check = PdfCheck.of(ClinicianReportPdf.render(report, PrintFixtures.setup(PrintFixtures.builtIn(),
                PaperSize.A4)))) {
            assertThat(check.text()).contains("Walking helper same day 8 / 12 2.2 / 4.0 -1.8")
                    .contains("Long sitting aggravator same day 8 / 12 5.2 / 4.0 +1.2")
                    .doesNotContain("not included");
        }
    }

    @Test
    void manyLongNotesAreCutSoTheReportStaysWithinTwoPages() throws Exception {
        for (int back = 0; back < 60; back++) {
            LocalDate day = TODAY.minusDays(back);
            journal.save(CheckIn.on(day, 4).note("Note for " + day + ". " + "A long day with some stiffness. ".repeat(12))
                    .build());
        }
        RenderedPdf pdf = printouts.report(TODAY.minusDays(59), TODAY, PaperSize.A4);
        try (PdfCheck check = PdfCheck.of(pdf)) {
            assertThat(check.pages()).isEqualTo(ClinicianReportPdf.MAX_PAGES);
            assertThat(check.text()).contains("Note for " + TODAY).containsPattern("\\d+ older notes are not shown")
                    .doesNotContain("Note for " + TODAY.minusDays(59));
            for (int i = 0; i < check.pages(); i++) {
                assertThat(check.bodyInk(i)).isGreaterThan(1000);
            }
        }
    }

    @Test
    void dateRunsJoinConsecutiveDays() {
        PrintText text = new PrintText(Locale.ENGLISH);
        LocalDate d = LocalDate.of(2026, 11, 3);
        assertThat(ClinicianReportPdf.dateRuns(List.of(d, d.plusDays(7), d.plusDays(8), d.plusDays(9), d.plusDays(20)), text))
                .isEqualTo("3 Nov, 10 Nov–12 Nov, 23 Nov");
    }
}
