package org.backcoach.journal;

import java.time.LocalDate;
import java.util.Optional;

/** Counts for a health report: how much the journal holds and which days it spans. */
public record JournalSummary(int checkIns, Optional<LocalDate> firstDay, Optional<LocalDate> lastDay,
                             int exerciseSessions, int inTrash) {
}
