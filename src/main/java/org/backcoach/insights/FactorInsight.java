package org.backcoach.insights;

import org.backcoach.content.Factor;

/**
 * Mean pain on days with a factor against days without it, on the same day ({@code lagDays} 0) or
 * on the day after ({@code lagDays} 1). A pattern in the person's own journal, never a cause.
 *
 * @param difference mean pain with the factor minus mean pain without it; negative means lower pain
 */
public record FactorInsight(String factorId, String label, Factor.Kind kind, int lagDays, int daysWith,
                            int daysWithout, double meanPainWith, double meanPainWithout, double difference) {

    public boolean higherWith() {
        return difference > 0;
    }

    /** A helper that goes with lower pain: shown as "seems to help you". */
    public boolean seemsToHelp() {
        return kind == Factor.Kind.HELPER && difference < 0;
    }
}
