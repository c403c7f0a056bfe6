package org.backcoach.journal;

/** SQLite found the journal file damaged, or not a database at all. {@link JournalRecovery} handles it at start. */
public final class JournalDamagedException extends JournalException {

    public JournalDamagedException(String message, Throwable cause) {
        super(message, cause);
    }
}
