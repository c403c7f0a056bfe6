package org.backcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.nio.file.Files;
import java.nio.file.Path;
import org.backcoach.content.Bundle;
import org.backcoach.content.BundleFixtures;
import org.backcoach.content.Exercise;
import org.backcoach.print.PdfCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sheet}, {@code report} and {@code flare-plan}: the PDFs they write, and how they refuse. */
class PrintCommandsTest {

    @TempDir
    Path dir;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir);
    }

    @Test
    void aPhaseSheetHasEachExerciseOfThePhase() {
        Path out = dir.resolve("walk.pdf");
        CliRunner.Result result = cli.run("sheet", "--phase", "walk", "--out", out.toString(), "--paper", "letter");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Wrote " + out).contains("Exercises for phase 2: Stand tall and walk")
                .contains("Letter");
        Bundle bundle = BundleFixtures.builtIn();
        try (PdfCheck pdf = PdfCheck.of(out)) {
            assertThat(pdf.pageWidth()).isEqualTo(612f);
            for (Exercise e : bundle.exercises()) {
                if (e.suits("walk")) {
                    assertThat(pdf.text()).contains(e.title()).contains(e.dose().describe());
                } else {
                    assertThat(pdf.text()).doesNotContain(". " + e.title() + " ");
                }
            }
            assertThat(pdf.fontsNotEmbedded()).isEmpty();
        }
    }

    @Test
    void pickedExercisesAndTheNameFromSettings() throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"personName\": \"Ana Müller\", \"paperSize\": \"a4\"}");
        Path out = dir.resolve("mine.pdf");
        CliRunner.Result result = cli.run("sheet", "--exercises", "plank, cat-cow", "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("1 page, A4");
        try (PdfCheck pdf = PdfCheck.of(out)) {
            assertThat(pdf.text()).contains("1. Plank").contains("2. Cat-cow").contains("For: Ana Müller");
        }
    }

    @Test
    void anUnknownExerciseOrPhaseIsRefusedAndNothingIsWritten() {
        Path out = dir.resolve("x.pdf");
        CliRunner.Result exercise = cli.run("sheet", "--exercises", "plank,moonwalk", "--out", out.toString());
        assertThat(exercise.exitCode()).isEqualTo(1);
        assertThat(exercise.err()).contains("unknown exercise id 'moonwalk'").doesNotContain("Exception");
        CliRunner.Result phase = cli.run("sheet", "--phase", "sprint", "--out", out.toString());
        assertThat(phase.exitCode()).isEqualTo(1);
        assertThat(phase.err()).contains("unknown phase 'sprint'");
        assertThat(out).doesNotExist();
    }

    @Test
    void todayPrintsTheExercisesThatTodayShows() throws Exception {
        cli.run("checkin", "--pain", "4");
        com.fasterxml.jackson.databind.JsonNode today = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(cli.run("today", "--json").out());
        Path out = dir.resolve("t.pdf");
        CliRunner.Result result = cli.run("sheet", "--today", "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        Bundle bundle = BundleFixtures.builtIn();
        assertThat(today.get("exercises")).isNotEmpty();
        try (PdfCheck pdf = PdfCheck.of(out)) {
            for (com.fasterxml.jackson.databind.JsonNode planned : today.get("exercises")) {
                assertThat(pdf.text()).contains(bundle.exercise(planned.get("id").asText()).orElseThrow().title());
            }
        }
    }

    @Test
    void todayIsRefusedPlainlyWhileARedFlagWithholdsThePlan() {
        cli.run("checkin", "--pain", "4", "--red-flags", "night-pain");
        CliRunner.Result result = cli.run("sheet", "--today", "--out", dir.resolve("t.pdf").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("on hold because of a red-flag answer").contains("--phase");
        assertThat(dir.resolve("t.pdf")).doesNotExist();
    }

    @Test
    void anUnwritablePathIsAClearError() {
        CliRunner.Result missing = cli.run("flare-plan", "--out", dir.resolve("nowhere/plan.pdf").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("cannot write").contains("does not exist").doesNotContain("\tat ");
        CliRunner.Result folder = cli.run("report", "--out", dir.toString());
        assertThat(folder.exitCode()).isEqualTo(1);
        assertThat(folder.err()).contains("is a folder");
    }

    @Test
    void selectionIsRequiredAndExclusive() {
        assertThat(cli.run("sheet", "--out", "s.pdf").exitCode()).isEqualTo(2);
        CliRunner.Result both = cli.run("sheet", "--phase", "calm", "--today", "--out", "s.pdf");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
        assertThat(cli.run("sheet", "--phase", "calm", "--paper", "a3", "--out", "s.pdf").exitCode()).isEqualTo(2);
    }

    @Test
    void reportCoversTheLast30DaysByDefaultOrTheGivenRange() {
        cli.run("checkin", "--date", TODAY.minusDays(2).toString(), "--pain", "6", "--worst", "8",
                "--milestones", "stood-straight", "--red-flags", "night-pain", "--note", "stiff after driving");
        cli.run("checkin", "--pain", "3");
        Path out = dir.resolve("report.pdf");
        CliRunner.Result result = cli.run("report", "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        try (PdfCheck pdf = PdfCheck.of(out)) {
            assertThat(pdf.pages()).isEqualTo(1);
            assertThat(pdf.text()).contains("(30 days)").contains("2 check-ins on 30 days")
                    .contains("First day standing fully straight").contains("stiff after driving")
                    .contains("Does your pain get worse at night");
        }
        CliRunner.Result range = cli.run("report", "--from", TODAY.minusDays(6).toString(), "--to", TODAY.toString(),
                "--out", out.toString());
        assertThat(range.exitCode()).isZero();
        try (PdfCheck pdf = PdfCheck.of(out)) {
            assertThat(pdf.text()).contains("(7 days)");
        }
    }

    @Test
    void reportDatesAreChecked() {
        Path out = dir.resolve("r.pdf");
        CliRunner.Result backwards = cli.run("report", "--from", "2026-11-10", "--to", "2026-11-01", "--out", out.toString());
        assertThat(backwards.exitCode()).isEqualTo(2);
        assertThat(backwards.err()).contains("--from 2026-11-10 is after --to 2026-11-01");
        CliRunner.Result future = cli.run("report", "--to", TODAY.plusDays(1).toString(), "--out", out.toString());
        assertThat(future.exitCode()).isEqualTo(2);
        assertThat(future.err()).contains("in the future");
        assertThat(cli.run("report", "--from", "last week", "--out", out.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void flarePlanIsOnePage() {
        Path out = dir.resolve("flare.pdf");
        CliRunner.Result result = cli.run("flare-plan", "--out", out.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        try (PdfCheck pdf = PdfCheck.of(out)) {
            assertThat(pdf.pages()).isEqualTo(1);
            assertThat(pdf.text()).contains("My flare-up plan").contains("Breathe slowly");
            assertThat(pdf.bodyInk(0)).isGreaterThan(2000);
        }
    }
}
