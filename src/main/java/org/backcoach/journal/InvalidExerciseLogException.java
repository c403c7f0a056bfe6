package org.backcoach.journal;

import java.util.List;

/** Thrown instead of logging an exercise when a value is refused; nothing was written. */
public final class InvalidExerciseLogException extends Exception {

    /** One refused value, with the field it belongs to. */
    public record Problem(ExerciseLogField field, String message) {
        @Override
        public String toString() {
            return field.label() + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    public InvalidExerciseLogException(List<Problem> problems) {
        super(String.join("; ", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
