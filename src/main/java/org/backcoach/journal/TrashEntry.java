package org.backcoach.journal;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A check-in kept in the trash: deleted by the person, or replaced by an import, a restore or an undo. */
public record TrashEntry(long id, LocalDateTime trashedAt, Reason reason, CheckIn checkIn) {

    public LocalDate date() {
        return checkIn.date();
    }

    /** Why the day is in the trash; the SQL spelling is stored. */
    public enum Reason {
        DELETED("deleted"),
        REPLACED_BY_IMPORT("replaced-by-import"),
        REPLACED_BY_RESTORE("replaced-by-restore"),
        UNDONE("undone");

        private final String sql;

        Reason(String sql) {
            this.sql = sql;
        }

        String sql() {
            return sql;
        }

        static Reason ofSql(String value) {
            for (Reason reason : values()) {
                if (reason.sql.equals(value)) {
                    return reason;
                }
            }
            throw new JournalException("Unknown reason '" + value + "' in the journal's trash");
        }
    }
}
