package org.backcoach.content;

/**
 * The thresholds the coach works with; a clinician may tune them in the bundle.
 *
 * @param startPhase           phase for someone with no check-ins yet
 * @param exercisePainStepBack pain during an exercise at or above this steps the next day back one phase
 * @param painRiseStepBack     a rise in pain now of at least this much from one check-in to the next steps back
 * @param highPain             while pain now is at or above this, the plan stays at or below {@code highPainPhaseLimit}
 * @param exercisesPerDay      how many exercises today's plan holds
 * @param microRoutineSeconds  about how long a micro-routine (a movement break) lasts
 * @param secondsPerRep        pace of the player's rep counter
 */
public record CoachRules(String startPhase, int exercisePainStepBack, int painRiseStepBack, int highPain,
                         String highPainPhaseLimit, IntRange exercisesPerDay, int microRoutineSeconds,
                         int secondsPerRep, String source) {
}
