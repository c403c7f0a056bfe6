package org.backcoach.content;

/** A screening question; any "yes" stops self-care and points to professional care. */
public record RedFlag(String id, String question, Urgency urgency, String advice, String source) {

    public enum Urgency {
        /** Go to urgent care or an emergency department now. */
        URGENT,
        /** Book a visit with a doctor or physiotherapist within days. */
        SOON
    }
}
