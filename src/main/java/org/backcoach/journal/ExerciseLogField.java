package org.backcoach.journal;

/** Fields of an exercise-log entry, named for messages about bad input. */
public enum ExerciseLogField {
    EXERCISE("exercise"),
    TIME("time"),
    SETS("sets"),
    REPS("reps"),
    HOLD_SECONDS("hold seconds"),
    PAIN_DURING("pain during the exercise");

    private final String label;

    ExerciseLogField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
