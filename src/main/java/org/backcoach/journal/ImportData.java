package org.backcoach.journal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** What an export file holds, read and checked for shape; {@link JournalImport#plan} checks the values. */
public record ImportData(Path source, List<CheckIn> checkIns, List<ExerciseLogEntry> exerciseLog,
                         List<LocalDateTime> movementBreaks, List<SafetyReview> safetyReviews,
                         Optional<LocalDate> episodeStart) {

    public ImportData {
        checkIns = List.copyOf(checkIns);
        exerciseLog = List.copyOf(exerciseLog);
        movementBreaks = List.copyOf(movementBreaks);
        safetyReviews = List.copyOf(safetyReviews);
    }

    /** Check-ins and exercise sessions only, with no movement breaks or safety reviews. */
    public static ImportData of(Path source, List<CheckIn> checkIns, List<ExerciseLogEntry> exerciseLog,
                                Optional<LocalDate> episodeStart) {
        return new ImportData(source, checkIns, exerciseLog, List.of(), List.of(), episodeStart);
    }
}
