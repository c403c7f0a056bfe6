package org.backcoach.content;

/** A function milestone asked in the check-in; {@code firstTime} names it on the progress timeline. */
public record Milestone(String id, String question, String firstTime, String source) {
}
