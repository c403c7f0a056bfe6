package org.backcoach.content;

/** A phase's daily movement goal: minutes of walking, and how often to get up from sitting. */
public record MovementGoal(IntRange walkMinutes, IntRange sittingBreakMinutes, String tip) {
}
