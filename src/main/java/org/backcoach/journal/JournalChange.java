package org.backcoach.journal;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One change to a day that {@link Journal#undo()} can take back. */
public record JournalChange(Kind kind, LocalDate date, LocalDateTime at) {

    public enum Kind {
        /** A check-in was saved for a day that had none. */
        ADDED,
        /** An existing check-in was changed. */
        EDITED,
        /** A check-in was moved to the trash. */
        DELETED,
        /** A check-in came back from the trash. */
        RESTORED
    }
}
