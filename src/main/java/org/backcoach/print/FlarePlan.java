package org.backcoach.print;

import java.util.List;
import org.backcoach.content.RedFlag;

/**
 * The one-page plan for the next flare: first-aid steps, what helped this person (factors and the
 * exercises they did most with mild pain), what to avoid, and the red flags.
 */
public record FlarePlan(List<FirstAidStep> firstAid, PrintedInsights insights, List<ExerciseStats> easiestExercises,
                        List<RedFlag> redFlags) {

    /** How many helpers, aggravators and exercises the plan names: a short list is easier to act on. */
    public static final int TOP = 3;

    public FlarePlan {
        firstAid = List.copyOf(firstAid);
        easiestExercises = List.copyOf(easiestExercises);
        redFlags = List.copyOf(redFlags);
    }
}
