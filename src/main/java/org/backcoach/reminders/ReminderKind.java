package org.backcoach.reminders;

/** The reminders BackCoach gives while it runs. */
public enum ReminderKind {
    /** Sitting time is up: stand, stretch, walk a little. */
    MOVEMENT_BREAK,
    /** The daily check-in time has come and today has no check-in yet. */
    CHECK_IN
}
