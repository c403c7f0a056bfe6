package org.backcoach.print;

import java.util.Comparator;
import java.util.List;

/**
 * The factor insights a printout may show. {@code available} is false while BackCoach has no
 * insights engine to ask; then the report and the flare plan leave the section out with a note.
 * Available but empty means there was not enough data to compare.
 */
public record FactorInsights(boolean available, List<FactorInsight> items) {

    public FactorInsights {
        items = List.copyOf(items);
    }

    public static FactorInsights notAvailable() {
        return new FactorInsights(false, List.of());
    }

    public static FactorInsights of(List<FactorInsight> items) {
        return new FactorInsights(true, items);
    }

    /** The factors that went with the most pain relief, strongest first. */
    public List<FactorInsight> helpers(int limit) {
        return items.stream().filter(FactorInsight::wentWithLessPain)
                .sorted(Comparator.comparingDouble(FactorInsight::difference)).limit(limit).toList();
    }

    /** The factors that went with the most extra pain, strongest first. */
    public List<FactorInsight> aggravators(int limit) {
        return items.stream().filter(i -> i.difference() > 0)
                .sorted(Comparator.comparingDouble(FactorInsight::difference).reversed()).limit(limit).toList();
    }
}
