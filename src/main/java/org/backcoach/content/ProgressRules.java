package org.backcoach.content;

import java.util.List;
import java.util.Optional;

/**
 * The Progress screen's clinician-tunable numbers and words: when a factor insight is shown, how the
 * recovery course is read, the two nudges to see a clinician, and the derived "firsts".
 */
public record ProgressRules(Insights insights, Course course, NotImproving notImproving, GettingWorse gettingWorse,
                            List<DerivedFirst> firsts) {

    public ProgressRules {
        firsts = List.copyOf(firsts);
    }

    /** A factor insight needs this many days on each side and at least this difference in mean pain. */
    public record Insights(int minDaysWith, int minDaysWithout, double minDifference) {
    }

    /** A gap this long without check-ins starts a new episode; start and now are means of this many check-ins. */
    public record Course(int newEpisodeAfterGapDays, int compareCheckIns) {
    }

    /** Shown when, after {@code afterDays}, pain is not at least {@code minImprovement} points below the start. */
    public record NotImproving(int afterDays, double minImprovement, String title, String text, String source) {
    }

    /** Shown when the last {@code windowDays} hold enough check-ins and the fitted trend rises by {@code minRise}. */
    public record GettingWorse(int windowDays, int minCheckIns, double minRise, String title, String text,
                               String source) {
    }

    /** A first worked out from the numbers of a check-in, such as the first day with pain at 2 or less. */
    public record DerivedFirst(String id, Measure measure, Optional<Integer> atMost, Optional<Integer> atLeast,
                               String firstTime, String source) {

        /** Whether a recorded {@code value} reaches it; an unrecorded value never does. */
        public boolean reachedBy(Integer value) {
            return value != null && atMost.map(max -> value <= max).orElse(true)
                    && atLeast.map(min -> value >= min).orElse(true);
        }
    }

    /** The check-in number a derived first looks at. */
    public enum Measure {
        PAIN_NOW, PAIN_WORST, SPASMS, WALK_MINUTES, SITTING_MAX_MINUTES
    }
}
