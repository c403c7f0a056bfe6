package org.backcoach.print;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.backcoach.content.Bundle;
import org.backcoach.content.Exercise;
import org.backcoach.content.Phase;
import org.backcoach.journal.Journal;
import org.backcoach.session.Session;
import org.backcoach.settings.PaperSize;
import org.backcoach.settings.Settings;
import org.backcoach.settings.SettingsStore;

/**
 * Everything the command line and the Print screen can print, from the person's data: exercise
 * sheets (a phase, exercises picked by hand, today's plan), the clinician report and the flare-up
 * plan. Reads the journal and settings, so call it off the FX thread.
 */
public final class Printouts {

    /** The report covers the last 30 days unless the person picks other dates. */
    public static final int DEFAULT_REPORT_DAYS = 30;

    private final Bundle bundle;
    private final Journal journal;
    private final SettingsStore settings;
    private final Clock clock;
    private final Locale locale;

    /** @param locale where the person lives: picks the default paper size */
    public Printouts(Bundle bundle, Journal journal, SettingsStore settings, Clock clock, Locale locale) {
        this.bundle = bundle;
        this.journal = journal;
        this.settings = settings;
        this.clock = clock;
        this.locale = locale;
    }

    public static Printouts of(Session session, Locale locale) {
        return new Printouts(session.bundle(), session.journal(), session.settingsStore(), session.clock(), locale);
    }

    public Bundle bundle() {
        return bundle;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The paper from Settings, or the usual one for the person's country. */
    public PaperSize paper() {
        return settings.load().paperSizeOr(locale);
    }

    /** Remembers the paper in Settings, keeping every other setting as it is on disk. */
    public Settings rememberPaper(PaperSize paper) throws java.io.IOException {
        return settings.update(s -> s.withPaperSize(Optional.of(paper)));
    }

    public ExerciseSheet phaseSheet(String phaseId) {
        Phase phase = bundle.phase(phaseId).orElseThrow(() -> new PrintRequestException("unknown phase '" + phaseId
                + "'; the phases are " + String.join(", ", bundle.phases().stream().map(Phase::id).toList())));
        List<Exercise> exercises = bundle.exercises().stream().filter(e -> e.suits(phaseId)).toList();
        if (exercises.isEmpty()) {
            throw new PrintRequestException("the phase '" + phaseId + "' has no exercises in this content bundle");
        }
        return new ExerciseSheet(PrintText.forBundleLocale(bundle.locale()).get("sheet.title.phase", phase.number(),
                phase.title()), exercises);
    }

    /** The exercises with these ids, in the order given; repeats are printed once. */
    public ExerciseSheet pickedSheet(List<String> ids) {
        List<String> unknown = new ArrayList<>();
        List<Exercise> exercises = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            bundle.exercise(id).ifPresentOrElse(exercises::add, () -> unknown.add(id));
        }
        if (!unknown.isEmpty()) {
            throw new PrintRequestException((unknown.size() == 1 ? "unknown exercise id '" : "unknown exercise ids '")
                    + String.join("', '", unknown) + "'; see the ids with: backcoach validate-bundle, or the bundle file");
        }
        if (exercises.isEmpty()) {
            throw new PrintRequestException("no exercises chosen");
        }
        return new ExerciseSheet(PrintText.forBundleLocale(bundle.locale()).get("sheet.title.picked"), exercises);
    }

    /** Today's plan as a sheet; empty while a red-flag answer withholds the exercises. */
    public Optional<ExerciseSheet> todaysSheet() {
        return PrintSources.todaysPlan(bundle, journal, today()).filter(list -> !list.isEmpty())
                .map(list -> new ExerciseSheet(PrintText.forBundleLocale(bundle.locale()).get("sheet.title.today"), list));
    }

    public RenderedPdf sheet(ExerciseSheet sheet, PaperSize paper) {
        return ExerciseSheetPdf.render(sheet, setup(paper));
    }

    public RenderedPdf report(LocalDate from, LocalDate to, PaperSize paper) {
        if (to.isBefore(from)) {
            throw new PrintRequestException("the report's start (" + from + ") is after its end (" + to + ")");
        }
        ClinicianReport report = ClinicianReport.build(bundle, from, to,
                journal.between(from.minusDays(ClinicianReport.AVERAGE_WINDOW - 1L), to), journal.exerciseLog(from, to),
                PrintSources.factorInsights(bundle, journal, from, to));
        return ClinicianReportPdf.render(report, setup(paper));
    }

    public RenderedPdf flarePlan(PaperSize paper) {
        LocalDate today = today();
        FlarePlan plan = new FlarePlan(PrintSources.firstAid(bundle),
                PrintSources.factorInsights(bundle, journal, today.minusYears(1), today),
                ExerciseStats.of(journal.exerciseLog(), bundle), bundle.redFlags());
        return FlarePlanPdf.render(plan, setup(paper));
    }

    private PrintSetup setup(PaperSize paper) {
        return new PrintSetup(bundle, paper, settings.load().personName(), today());
    }
}
