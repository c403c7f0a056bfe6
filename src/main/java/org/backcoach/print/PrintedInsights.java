package org.backcoach.print;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.backcoach.insights.FactorInsight;

/**
 * The factor insights a printout shows, as insights.FactorInsights computed them for its dates
 * (empty when there was not enough data to compare), and the helpers and aggravators among them.
 */
public record PrintedInsights(List<FactorInsight> items) {

    public PrintedInsights {
        items = List.copyOf(items);
    }

    public static PrintedInsights none() {
        return new PrintedInsights(List.of());
    }

    /** Factors that went with less pain, strongest first, each factor once (its stronger lag). */
    public List<FactorInsight> helpers(int limit) {
        return strongest(i -> i.difference() < 0, Comparator.comparingDouble(FactorInsight::difference), limit);
    }

    /** Factors that went with more pain, strongest first, each factor once (its stronger lag). */
    public List<FactorInsight> aggravators(int limit) {
        return strongest(i -> i.difference() > 0,
                Comparator.comparingDouble(FactorInsight::difference).reversed(), limit);
    }

    private List<FactorInsight> strongest(Predicate<FactorInsight> side, Comparator<FactorInsight> order, int limit) {
        Map<String, FactorInsight> perFactor = new LinkedHashMap<>();
        items.stream().filter(side).sorted(order).forEach(i -> perFactor.putIfAbsent(i.factorId(), i));
        return perFactor.values().stream().limit(limit).toList();
    }
}
