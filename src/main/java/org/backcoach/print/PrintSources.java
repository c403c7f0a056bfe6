package org.backcoach.print;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.backcoach.coach.Coach;
import org.backcoach.coach.PlannedExercise;
import org.backcoach.coach.TodayPlan;
import org.backcoach.content.Bundle;
import org.backcoach.content.Exercise;
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
     * Factor insights for a date range from org.backcoach.insights. Not available yet: the report
     * and the flare plan leave those sections out with a note.
     */
    public static FactorInsights factorInsights(Bundle bundle, Journal journal, LocalDate from, LocalDate to) {
        return FactorInsights.notAvailable();
    }

    /** The flare plan's first-aid steps: the bundle's "Spasm now" flow, step by step. */
    public static List<FirstAidStep> firstAid(Bundle bundle) {
        return bundle.spasmFirstAid().steps().stream()
                .map(step -> new FirstAidStep(step.title(), step.text())).toList();
    }
}
