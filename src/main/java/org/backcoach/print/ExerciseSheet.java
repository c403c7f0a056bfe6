package org.backcoach.print;

import java.util.List;
import org.backcoach.content.Exercise;

/**
 * What an exercise sheet shows: a title and the exercises, in order. How they were chosen (a
 * phase, picked by hand, today's plan) is the caller's business; see {@link Printouts}.
 */
public record ExerciseSheet(String title, List<Exercise> exercises) {

    public ExerciseSheet {
        exercises = List.copyOf(exercises);
        if (exercises.isEmpty()) {
            throw new IllegalArgumentException("an exercise sheet needs at least one exercise");
        }
    }
}
