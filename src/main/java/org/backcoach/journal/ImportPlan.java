package org.backcoach.journal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What importing a file would change, merged by date: days the journal does not have yet, days
 * whose saved version differs (the file's version replaces it; the journal's goes to the trash),
 * and days that are already the same. Exercise sessions merge by exercise and time.
 */
public record ImportPlan(List<CheckIn> added, List<Replacement> replaced, int unchanged,
                         List<ExerciseLogEntry> exercisesAdded, List<ExerciseLogEntry> exercisesReplaced,
                         int exercisesUnchanged, List<LocalDateTime> movementBreaksAdded,
                         List<SafetyReview> safetyReviewsAdded, Optional<LocalDate> newEpisodeStart) {

    public ImportPlan {
        added = List.copyOf(added);
        replaced = List.copyOf(replaced);
        exercisesAdded = List.copyOf(exercisesAdded);
        exercisesReplaced = List.copyOf(exercisesReplaced);
        movementBreaksAdded = List.copyOf(movementBreaksAdded);
        safetyReviewsAdded = List.copyOf(safetyReviewsAdded);
    }

    /** True when importing would change nothing, as on a second import of the same file. */
    public boolean changesNothing() {
        return added.isEmpty() && replaced.isEmpty() && exercisesAdded.isEmpty() && exercisesReplaced.isEmpty()
                && movementBreaksAdded.isEmpty() && safetyReviewsAdded.isEmpty() && newEpisodeStart.isEmpty();
    }

    /** A day in both places that differs; {@code differences} names the fields that change. */
    public record Replacement(CheckIn current, CheckIn incoming, List<FieldFormat> differences) {
        public Replacement {
            differences = List.copyOf(differences);
        }

        public LocalDate date() {
            return incoming.date();
        }
    }
}
