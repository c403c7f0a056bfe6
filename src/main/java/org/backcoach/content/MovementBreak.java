package org.backcoach.content;

/**
 * The movement-break reminder as the bundle defines it: the sitting time a person may choose
 * (from {@code minMinutes} to {@code maxMinutes}), the value used until they choose, how long
 * "snooze" waits, and what the reminder says.
 */
public record MovementBreak(int minMinutes, int maxMinutes, int defaultMinutes, int snoozeMinutes, String prompt,
                            String source) {

    /** {@code minutes} kept within the allowed range; a clinician's bundle may narrow it later. */
    public int clamp(int minutes) {
        return Math.max(minMinutes, Math.min(maxMinutes, minutes));
    }
}
