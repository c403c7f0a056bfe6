package org.backcoach.reminders;

/**
 * The soft sound that comes with a reminder. Kept to one method so any chime can stand behind it;
 * implementations return at once and never throw (a computer without sound simply stays quiet).
 */
@FunctionalInterface
public interface ReminderSound {

    void play();

    static ReminderSound silent() {
        return () -> { };
    }
}
