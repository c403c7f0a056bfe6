package org.backcoach.journal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Everything the journal holds that belongs to the person, read in one consistent snapshot: what
 * an export writes and an import brings back. (The trash and the undo history are the app's own
 * bookkeeping and stay out.)
 */
public record JournalContents(List<CheckIn> checkIns, List<ExerciseLogEntry> exerciseLog,
                              List<LocalDateTime> movementBreaks, List<SafetyReview> safetyReviews,
                              Optional<LocalDate> episodeStart) {

    public JournalContents {
        checkIns = List.copyOf(checkIns);
        exerciseLog = List.copyOf(exerciseLog);
        movementBreaks = List.copyOf(movementBreaks);
        safetyReviews = List.copyOf(safetyReviews);
    }

    /** Only check-ins and exercise sessions, as most tests and small exports need. */
    public static JournalContents of(List<CheckIn> checkIns, List<ExerciseLogEntry> exerciseLog) {
        return new JournalContents(checkIns, exerciseLog, List.of(), List.of(), Optional.empty());
    }
}
