package org.backcoach.journal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * One completed exercise: which, when (local time), how much was done, and how much it hurt
 * during it (0–10). {@code reps} is the repetitions per set, {@code holdSeconds} the length of a
 * hold; either may be null when it does not apply.
 */
public record ExerciseLogEntry(String exerciseId, LocalDateTime doneAt, int sets, Integer reps,
                               Integer holdSeconds, int painDuring) {

    public static final int MAX_SETS = 20;
    public static final int MAX_REPS = 500;
    public static final int MAX_HOLD_SECONDS = 600;

    public ExerciseLogEntry {
        doneAt = doneAt == null ? null : doneAt.truncatedTo(ChronoUnit.SECONDS);
    }

    public LocalDate date() {
        return doneAt.toLocalDate();
    }
}
