package org.backcoach.coach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backcoach.content.Bundle;
import org.backcoach.content.RedFlag;
import org.backcoach.content.Step;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.ExerciseLogEntry;
import org.backcoach.journal.Journal;
import org.backcoach.journal.SafetyReview;

/** Builds today's plan from the journal: phase and reason, exercises, movement goal, red-flag stop. */
public final class Coach {

    private final Bundle bundle;
    private final PhaseCoach phases;
    private final ExercisePicker picker;
    private final ReasonWriter writer;

    public Coach(Bundle bundle) {
        this.bundle = bundle;
        this.phases = new PhaseCoach(bundle);
        this.picker = new ExercisePicker(bundle);
        this.writer = new ReasonWriter(bundle);
    }

    public Bundle bundle() {
        return bundle;
    }

    /** Reads what the plan needs from the journal; call it off the UI thread. */
    public TodayPlan plan(Journal journal, LocalDate today) {
        return plan(journal.all(), journal.exerciseLog(), journal.safetyReviews(), today);
    }

    public TodayPlan plan(List<CheckIn> checkIns, List<ExerciseLogEntry> log, List<SafetyReview> reviews,
                          LocalDate today) {
        PhaseDecision decision = phases.decide(checkIns, log, today);
        RedFlagStatus redFlags = RedFlagStatus.evaluate(bundle, checkIns, reviews, today);
        String redFlagReason = redFlags.raised().isEmpty() ? "" : writer.write("redFlagStop",
                Map.of("question", String.join(" ", redFlags.raised().stream().map(RedFlag::question).toList())));
        List<PlannedExercise> exercises = redFlags.stop() ? List.of()
                : picker.pick(decision.phase(), today).stream().map(PlannedExercise::asPrescribed).toList();
        Optional<CheckIn> todays = checkIns.stream().filter(c -> c.date().equals(today)).findFirst();
        List<Step> steps = decision.phase().stepIds().stream().flatMap(id -> bundle.step(id).stream()).toList();
        return new TodayPlan(today, decision, redFlags, redFlagReason, exercises, microRoutine(exercises), todays, steps);
    }

    /**
     * About {@code coachRules.microRoutineSeconds} of today's exercises, one set each, warm-up
     * moves first: a movement break that can start from a reminder. Never empty when the plan is not.
     */
    public List<PlannedExercise> microRoutine(List<PlannedExercise> planned) {
        int budget = bundle.coachRules().microRoutineSeconds();
        int secondsPerRep = bundle.coachRules().secondsPerRep();
        List<PlannedExercise> routine = new ArrayList<>();
        int total = 0;
        for (PlannedExercise p : planned) {
            PlannedExercise once = new PlannedExercise(p.exercise(), 1);
            int length = once.estimatedSeconds(secondsPerRep);
            if (routine.isEmpty() || total + length <= budget * 5 / 4) {
                routine.add(once);
                total += length;
            }
            if (total >= budget) {
                break;
            }
        }
        return routine;
    }

    /** The kind words after an exercise hurt at or above the step-back threshold. */
    public String exercisePainMessage(int pain) {
        return writer.exercisePainKind(pain);
    }

    public boolean hurtTooMuch(int painDuring) {
        return painDuring >= bundle.coachRules().exercisePainStepBack();
    }
}
