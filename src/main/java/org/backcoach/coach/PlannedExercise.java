package org.backcoach.coach;

import org.backcoach.content.Dose;
import org.backcoach.content.Exercise;
import org.backcoach.content.Wording;

/**
 * An exercise as today's plan or a micro-routine uses it: the bundle's exercise and how many sets
 * to do. The player aims for the low end of the dose range; more is the person's choice.
 */
public record PlannedExercise(Exercise exercise, int sets) {

    public PlannedExercise {
        if (sets < 1) {
            throw new IllegalArgumentException("sets must be at least 1, not " + sets);
        }
    }

    public static PlannedExercise asPrescribed(Exercise exercise) {
        return new PlannedExercise(exercise, exercise.dose().sets());
    }

    public String id() {
        return exercise.id();
    }

    public Dose dose() {
        return exercise.dose();
    }

    /** Reps per set for a reps dose, otherwise seconds per hold or spot. */
    public int target() {
        return exercise.dose().min();
    }

    public int sides() {
        return exercise.dose().eachSide() ? 2 : 1;
    }

    /** The dose in English words, with this plan's number of sets: "1 × 10–15 reps". */
    public String describeDose() {
        return plannedDose().describe();
    }

    /** The dose in {@code words}' language, with this plan's number of sets. */
    public String describeDose(Wording words) {
        return plannedDose().describe(words);
    }

    private Dose plannedDose() {
        Dose d = exercise.dose();
        return new Dose(d.type(), d.min(), d.max(), sets, d.eachSide(), d.restSeconds());
    }

    /** Rough length in seconds, counting the get-ready countdown, the work and the rests. */
    public int estimatedSeconds(int secondsPerRep) {
        Dose d = exercise.dose();
        int work = d.type() == Dose.Type.REPS ? target() * secondsPerRep : target();
        int switches = sides() - 1;
        return ExercisePlayer.GET_READY_SECONDS * (1 + sets * switches) + sets * sides() * work
                + (sets - 1) * d.restSeconds();
    }
}
