package org.backcoach.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.backcoach.content.Bundle;
import org.backcoach.content.RedFlag;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.settings.PaperSize;
import org.backcoach.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-page flare-up plan, parsed back with PDFBox. */
class FlarePlanPdfTest {

    @TempDir
    Path dir;

    @Test
    void onePageWithFirstAidWhatHelpedAndEveryRedFlag() {
        try (Journal journal = JournalFixtures.open(dir)) {
            PrintFixtures.fillJournal(journal);
            Printouts printouts = new Printouts(PrintFixtures.builtIn(), journal,
                    new SettingsStore(dir.resolve("settings.json")), JournalFixtures.CLOCK, Locale.UK);
            for (PaperSize paper : PaperSize.values()) {
                try (PdfCheck check = PdfCheck.of(printouts.flarePlan(paper))) {
                    assertThat(check.pages()).as(paper.id()).isEqualTo(1);
                    String text = check.text();
                    assertThat(text).contains("My flare-up plan").contains("Breathe slowly")
                            .contains("Get down or out of bed safely").contains("Tiny movements, then a few steps")
                            .contains("Cat-cow: 16 times with mild pain, pain during 1.3/10 on average.")
                            .contains("Walked: pain was");
                    for (RedFlag flag : printouts.bundle().redFlags()) {
                        assertThat(text).contains(flag.question());
                    }
                    assertThat(check.fontsNotEmbedded()).isEmpty();
                    assertThat(check.bodyInk(0)).isGreaterThan(2000);
                }
            }
        }
    }

    @Test
    void helpersAndAggravatorsComeFromTheInsights() {
        Bundle bundle = PrintFixtures.builtIn();
        PrintedInsights insights = new PrintedInsights(List.of(ClinicianReportTest.insight("Walking", -1.8),
                ClinicianReportTest.insight("Heat", -0.6), ClinicianReportTest.insight("Long sitting", 1.2)));
        FlarePlan plan = new FlarePlan(PrintSources.firstAid(bundle), insights, List.of(), bundle.redFlags());
        try (PdfCheck check = PdfCheck.of(FlarePlanPdf.render(plan, PrintFixtures.setup(bundle, PaperSize.A4)))) {
            assertThat(check.text()).contains("Walking: pain was 1.8 points lower on days with it (8 days).")
                    .contains("Heat: pain was 0.6 points lower")
                    .contains("Long sitting: pain was 1.2 points higher on days with it (8 days).")
                    .contains("No exercise logged with mild pain").doesNotContain("Not enough check-ins")
                    .contains("For: Ana Müller");
        }
    }

    @Test
    void firstAidIsTheSpasmNowFlowStepByStep() {
        Bundle bundle = PrintFixtures.builtIn();
        List<FirstAidStep> steps = PrintSources.firstAid(bundle);
        assertThat(steps).extracting(FirstAidStep::title).containsExactlyElementsOf(
                bundle.spasmFirstAid().steps().stream().map(org.backcoach.content.SpasmFirstAid.Step::title).toList());
        assertThat(steps.get(0).points()).isEqualTo(bundle.spasmFirstAid().steps().get(0).text());
    }
}
