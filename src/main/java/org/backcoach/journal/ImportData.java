package org.backcoach.journal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** What an export file holds, read and checked for shape; {@link Journal#planImport} checks the values. */
public record ImportData(Path source, List<CheckIn> checkIns, List<ExerciseLogEntry> exerciseLog,
                         List<LocalDateTime> movementBreaks, List<SafetyReview> safetyReviews,
                         Optional<LocalDate> episodeStart) {

    public ImportData {
        checkIns = List.copyOf(checkIns);
        exerciseLog = List.copyOf(exerciseLog);
        movementBreaks = List.copyOf(movementBreaks);
        safetyReviews = List.copyOf(safetyReviews);
    }
}
