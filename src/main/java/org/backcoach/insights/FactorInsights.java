package org.backcoach.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backcoach.content.Factor;
import org.backcoach.content.ProgressRules;
import org.backcoach.journal.CheckIn;

/**
 * For each factor, compares the mean pain now on days with it and on days without it: the same
 * day (lag 0) and the next day (lag 1, only where the next day has a check-in too). A comparison
 * is kept only with enough days on both sides and a large enough difference, as the bundle says.
 */
public final class FactorInsights {

    private FactorInsights() {
    }

    /** Strongest first: sorted by the size of the difference, then by the bundle's factor order and lag. */
    public static List<FactorInsight> compute(List<CheckIn> checkIns, List<Factor> factors,
                                              ProgressRules.Insights rules) {
        // One pass turns each day's factor ids into bits, so the per-factor loops below only test bits.
        Map<String, Integer> bit = new HashMap<>();
        factors.forEach(f -> bit.put(f.id(), bit.size()));
        Map<LocalDate, Integer> indexByDate = new HashMap<>();
        int n = checkIns.size();
        int words = (factors.size() + Long.SIZE - 1) / Long.SIZE;
        long[] masks = new long[n * words];
        int[] pain = new int[n];
        for (int i = 0; i < n; i++) {
            CheckIn day = checkIns.get(i);
            indexByDate.put(day.date(), i);
            pain[i] = day.painNow();
            for (String id : day.factors()) {
                Integer b = bit.get(id);
                if (b != null) {
                    masks[i * words + b / Long.SIZE] |= 1L << (b % Long.SIZE);
                }
            }
        }
        int[] next = new int[n];
        for (int i = 0; i < n; i++) {
            next[i] = indexByDate.getOrDefault(checkIns.get(i).date().plusDays(1), -1);
        }
        List<FactorInsight> found = new ArrayList<>();
        for (Factor factor : factors) {
            int b = bit.get(factor.id());
            int word = b / Long.SIZE;
            long mask = 1L << (b % Long.SIZE);
            for (int lag = 0; lag <= 1; lag++) {
                Sums with = new Sums();
                Sums without = new Sums();
                for (int i = 0; i < n; i++) {
                    int measured = lag == 0 ? i : next[i];
                    if (measured >= 0) {
                        ((masks[i * words + word] & mask) != 0 ? with : without).add(pain[measured]);
                    }
                }
                if (with.days >= rules.minDaysWith() && without.days >= rules.minDaysWithout()) {
                    double difference = with.mean() - without.mean();
                    if (Math.abs(difference) >= rules.minDifference() && difference != 0) {
                        found.add(new FactorInsight(factor.id(), factor.label(), factor.kind(), lag, with.days,
                                without.days, with.mean(), without.mean(), difference));
                    }
                }
            }
        }
        found.sort(Comparator.comparingDouble((FactorInsight i) -> -Math.abs(i.difference()))
                .thenComparing(i -> bit.get(i.factorId())).thenComparingInt(FactorInsight::lagDays));
        return found;
    }

    private static final class Sums {
        private int days;
        private long pain;

        void add(int value) {
            days++;
            pain += value;
        }

        double mean() {
            return days == 0 ? 0 : (double) pain / days;
        }
    }
}
