package org.backcoach.content;

import java.util.List;

/**
 * What it takes to move on from a phase. All conditions must hold on one check-in day: pain now
 * at most {@code painNowAtMost}, every milestone in {@code milestonesAll}, at least one in
 * {@code milestonesAny} (when not empty), and enough days (and exercise days) spent in the phase.
 */
public record PhaseAdvance(int painNowAtMost, List<String> milestonesAll, List<String> milestonesAny,
                           int daysInPhaseAtLeast, int exerciseDaysAtLeast) {

    public PhaseAdvance {
        milestonesAll = List.copyOf(milestonesAll);
        milestonesAny = List.copyOf(milestonesAny);
    }
}
