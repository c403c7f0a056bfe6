package org.backcoach.content;

import java.util.List;

/**
 * A screening question; any "yes" stops self-care and points to professional care. Pain in one
 * of {@code areas} brings the question forward in the check-in.
 */
public record RedFlag(String id, String question, Urgency urgency, String advice, List<String> areas, String source) {

    public enum Urgency {
        /** Go to urgent care or an emergency department now. */
        URGENT,
        /** Book a visit with a doctor or physiotherapist within days. */
        SOON
    }

    public RedFlag {
        areas = List.copyOf(areas);
    }
}
