package org.backcoach.journal;

/** One refused value in a check-in; {@link #toString()} names the field first. */
public record FieldProblem(CheckInField field, String message) {

    @Override
    public String toString() {
        return field.label() + ": " + message;
    }
}
