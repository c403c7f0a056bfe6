package org.backcoach.journal;

/** The journal file cannot be used; the message is written for the person, not for a developer. */
public class JournalException extends RuntimeException {

    public JournalException(String message) {
        super(message);
    }

    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
