package org.backcoach.print;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.backcoach.coach.Coach;
import org.backcoach.coach.PlannedExercise;
import org.backcoach.coach.TodayPlan;
import org.backcoach.content.Bundle;
import org.backcoach.content.Exercise;
import org.backcoach.insights.FactorInsights;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.Journal;

/**
 * What the printouts take from other parts of BackCoach, in one place: today's plan and the
 * spasm first aid from the coach, factor insights from insights. The command line and the Print
 * screen both call these.
 */
public final class PrintSources {

    private PrintSources() {
    }

    /**
     * Today's exercises from the coach, in order. Empty while a red-flag answer withholds the
     * plan: then {@code sheet --today} and the screen's "Today's plan" choice say why.
     */
    public static Optional<List<Exercise>> todaysPlan(Bundle bundle, Journal journal, LocalDate today) {
        TodayPlan plan = new Coach(bundle).plan(journal, today);
        return plan.redFlagStop() ? Optional.empty()
                : Optional.of(plan.exercises().stream().map(PlannedExercise::exercise).toList());
    }

    /**
     * Factor insights worked out from the check-ins from {@code from} to {@code to}, the same way
     * the Progress screen does (thresholds from the bundle).
     */
    public static PrintedInsights factorInsights(Bundle bundle, Journal journal, LocalDate from, LocalDate to) {
        List<CheckIn> checkIns = journal.between(from, to);
        return new PrintedInsights(FactorInsights.compute(checkIns, bundle.factors(),
                bundle.progress().insights()));
    }

    /** The flare plan's first-aid steps: the bundle's "Spasm now" flow, step by step. */
    public static List<FirstAidStep> firstAid(Bundle bundle) {
        return bundle.spasmFirstAid().steps().stream()
                .map(step -> new FirstAidStep(step.title(), step.text())).toList();
    }
}
