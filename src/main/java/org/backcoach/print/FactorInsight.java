package org.backcoach.print;

import org.backcoach.content.Factor;

/**
 * One factor's link with pain, as printouts show it. Filled from org.backcoach.insights once that
 * package exists (see {@link PrintSources#factorInsights}); the printouts only read these fields.
 *
 * @param lagDays     0: pain on the same day; 1: pain the day after, ...
 * @param daysWith    days the factor was logged, and {@code daysWithout} days it was not
 * @param meanWith    mean pain (0–10) on days with the factor, {@code meanWithout} without it
 * @param difference  {@code meanWith - meanWithout}: below zero the factor went with less pain
 */
public record FactorInsight(String factorLabel, Factor.Kind kind, int lagDays, int daysWith, int daysWithout,
                            double meanWith, double meanWithout, double difference) {

    public boolean wentWithLessPain() {
        return difference < 0;
    }
}
