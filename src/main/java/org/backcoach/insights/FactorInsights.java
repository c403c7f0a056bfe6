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
        Map<LocalDate, CheckIn> byDate = new HashMap<>();
        checkIns.forEach(c -> byDate.put(c.date(), c));
        CheckIn[] days = checkIns.toArray(CheckIn[]::new);
        CheckIn[] nextDays = new CheckIn[days.length];
        for (int i = 0; i < days.length; i++) {
            nextDays[i] = byDate.get(days[i].date().plusDays(1));
        }
        List<FactorInsight> found = new ArrayList<>();
        for (Factor factor : factors) {
            for (int lag = 0; lag <= 1; lag++) {
                Sums with = new Sums();
                Sums without = new Sums();
                for (int i = 0; i < days.length; i++) {
                    CheckIn day = days[i];
                    CheckIn measured = lag == 0 ? day : nextDays[i];
                    if (measured != null) {
                        (day.factors().contains(factor.id()) ? with : without).add(measured.painNow());
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
        Map<String, Integer> order = new HashMap<>();
        factors.forEach(f -> order.put(f.id(), order.size()));
        found.sort(Comparator.comparingDouble((FactorInsight i) -> -Math.abs(i.difference()))
                .thenComparing(i -> order.get(i.factorId())).thenComparingInt(FactorInsight::lagDays));
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
