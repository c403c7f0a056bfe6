package org.backcoach.coach;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.backcoach.content.MovementGoal;
import org.backcoach.content.Phase;
import org.backcoach.content.Step;
import org.backcoach.journal.CheckIn;

/**
 * Everything the coach offers for one day. While red flags stop the plan, {@code exercises} and
 * {@code microRoutine} are empty and {@link #reason()} says why; the phase is still reported so
 * the plan can resume where it was.
 */
public record TodayPlan(LocalDate date, PhaseDecision decision, RedFlagStatus redFlags, String redFlagReason,
                        List<PlannedExercise> exercises, List<PlannedExercise> microRoutine,
                        Optional<CheckIn> todaysCheckIn, List<Step> steps) {

    public TodayPlan {
        exercises = List.copyOf(exercises);
        microRoutine = List.copyOf(microRoutine);
        steps = List.copyOf(steps);
    }

    public Phase phase() {
        return decision.phase();
    }

    public boolean redFlagStop() {
        return redFlags.stop();
    }

    /** The plain-words reason shown with the plan; the red-flag stop comes first when it applies. */
    public String reason() {
        return redFlagStop() ? redFlagReason : decision.reason();
    }

    public MovementGoal movementGoal() {
        return phase().movementGoal();
    }

    public List<String> focus() {
        return phase().focus();
    }

    public boolean checkInDone() {
        return todaysCheckIn.isPresent();
    }

    /**
     * Whether the exercise player may start with {@code chosen} (today's exercises, a micro-routine):
     * never while red flags withhold the plan, never before the safety questions were answered,
     * and not with nothing to do. Whoever asks shows Today instead, which says why.
     */
    public boolean playerMayStart(List<PlannedExercise> chosen) {
        return !chosen.isEmpty() && !redFlagStop() && redFlags.screeningDone();
    }
}
