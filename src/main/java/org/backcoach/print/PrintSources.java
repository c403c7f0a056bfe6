package org.backcoach.print;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backcoach.content.Bundle;
import org.backcoach.content.Exercise;
import org.backcoach.content.Habit;
import org.backcoach.content.Step;
import org.backcoach.journal.Journal;

/**
 * What the printouts take from other parts of BackCoach, in one place. Each method is a seam:
 * when the coach (today's plan, spasm first aid) and insights (factor insights) packages exist,
 * these are the only methods to change; the command line and the Print screen both call them.
 */
public final class PrintSources {

    static final String FLARE_HABIT = "flare-up-plan";
    static final List<String> FIRST_AID_STEPS = List.of("slow-down", "keep-moving");

    private PrintSources() {
    }

    /**
     * Today's exercises from the coach, in order. Empty while BackCoach has no coach package:
     * then {@code sheet --today} and the screen's "Today's plan" choice say it is not available.
     */
    public static Optional<List<Exercise>> todaysPlan(Bundle bundle, Journal journal, LocalDate today) {
        return Optional.empty();
    }

    /**
     * Factor insights for a date range from org.backcoach.insights. Not available yet: the report
     * and the flare plan leave those sections out with a note.
     */
    public static FactorInsights factorInsights(Bundle bundle, Journal journal, LocalDate from, LocalDate to) {
        return FactorInsights.notAvailable();
    }

    /**
     * The flare plan's first-aid steps. Until the bundle has a spasm first-aid section, they are
     * the "flare-up-plan" habit and the "slow down" and "keep moving" steps, in bundle order.
     */
    public static List<FirstAidStep> firstAid(Bundle bundle) {
        List<FirstAidStep> steps = new ArrayList<>();
        bundle.habits().stream().filter(h -> h.id().equals(FLARE_HABIT)).findFirst()
                .ifPresent((Habit h) -> steps.add(new FirstAidStep(h.title(), List.of(h.text()))));
        for (Step step : bundle.steps()) {
            if (FIRST_AID_STEPS.contains(step.id())) {
                List<String> points = new ArrayList<>();
                points.add(step.summary());
                points.addAll(step.guidance());
                steps.add(new FirstAidStep(step.title(), points));
            }
        }
        return steps;
    }
}
