package org.backcoach.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backcoach.content.BundleFixtures;
import org.backcoach.content.Factor;
import org.backcoach.content.ProgressRules;
import org.backcoach.journal.CheckIn;
import org.junit.jupiter.api.Test;

/** Hand-made histories where the answer is known. */
class FactorInsightsTest {

    private static final List<Factor> FACTORS = BundleFixtures.builtIn().factors();
    private static final ProgressRules.Insights RULES = new ProgressRules.Insights(3, 3, 0.5);

    @Test
    void aMonthWithLongSittingShowsItAsTheAggravatorTiedToHigherNextDayPain() {
        List<FactorInsight> insights = FactorInsights.compute(InsightFixtures.monthWithLongSitting(), FACTORS, RULES);
        assertThat(insights).hasSize(2);
        FactorInsight nextDay = insights.get(0);
        assertThat(nextDay).isEqualTo(new FactorInsight("long-sitting", "Sat for long spells", Factor.Kind.AGGRAVATOR,
                1, 6, 23, 6.0, 3.0, 3.0));
        assertThat(nextDay.higherWith()).isTrue();
        assertThat(nextDay.seemsToHelp()).isFalse();
        FactorInsight sameDay = insights.get(1);
        assertThat(sameDay.lagDays()).isZero();
        assertThat(sameDay.daysWith()).isEqualTo(6);
        assertThat(sameDay.daysWithout()).isEqualTo(24);
        assertThat(sameDay.meanPainWithout()).isEqualTo(3.75);
        assertThat(sameDay.difference()).isEqualTo(-0.75);
    }

    @Test
    void aHelperWithLowerPainSeemsToHelp() {
        List<CheckIn> days = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            boolean walked = d % 2 == 0;
            days.add(CheckIn.on(TODAY.minusDays(d * 2L), walked ? 2 : 5)
                    .factors(walked ? Set.of("walking") : Set.of()).build());
        }
        List<FactorInsight> insights = FactorInsights.compute(days, FACTORS, RULES);
        assertThat(insights).as("every other day apart, so no next-day pairs").singleElement().satisfies(i -> {
            assertThat(i.factorId()).isEqualTo("walking");
            assertThat(i.lagDays()).isZero();
            assertThat(i.daysWith()).isEqualTo(5);
            assertThat(i.daysWithout()).isEqualTo(5);
            assertThat(i.difference()).isEqualTo(-3.0);
            assertThat(i.seemsToHelp()).isTrue();
        });
    }

    @Test
    void atLeastThreeDaysWithAndThreeWithoutAreNeeded() {
        List<CheckIn> threeAndThree = List.of(
                day(0, 7, "stress"), day(2, 7, "stress"), day(4, 7, "stress"),
                day(6, 3), day(8, 3), day(10, 3));
        assertThat(FactorInsights.compute(threeAndThree, FACTORS, RULES)).singleElement()
                .satisfies(i -> assertThat(i.difference()).isEqualTo(4.0));
        List<CheckIn> twoWith = threeAndThree.subList(1, 6);
        assertThat(FactorInsights.compute(twoWith, FACTORS, RULES)).isEmpty();
        List<CheckIn> twoWithout = threeAndThree.subList(0, 5);
        assertThat(FactorInsights.compute(twoWithout, FACTORS, RULES)).isEmpty();
        assertThat(FactorInsights.compute(threeAndThree, FACTORS, new ProgressRules.Insights(4, 3, 0.5))).isEmpty();
    }

    @Test
    void smallOrNoDifferencesAreNotShown() {
        List<CheckIn> days = List.of(day(0, 4, "heat"), day(2, 4, "heat"), day(4, 5, "heat"),
                day(6, 4), day(8, 4), day(10, 4));
        assertThat(FactorInsights.compute(days, FACTORS, RULES)).as("0.33 points is below 0.5").isEmpty();
        assertThat(FactorInsights.compute(days, FACTORS, new ProgressRules.Insights(3, 3, 0))).singleElement()
                .satisfies(i -> assertThat(i.difference()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9)));
    }

    @Test
    void theNextDayCountsOnlyWhenItHasACheckIn() {
        // Stress on three days followed by a check-in with pain 8; three plain days followed by pain 2.
        List<CheckIn> days = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            // Days ago count down, so day 20 - k is followed by day 19 - k.
            days.add(day(20 - i * 6, 4, "stress"));
            days.add(day(19 - i * 6, 8));
            days.add(day(17 - i * 6, 4));
            days.add(day(16 - i * 6, 2));
        }
        FactorInsight nextDay = FactorInsights.compute(days, FACTORS, RULES).stream()
                .filter(i -> i.lagDays() == 1).findFirst().orElseThrow();
        assertThat(nextDay.daysWith()).isEqualTo(3);
        assertThat(nextDay.daysWithout()).as("the pain-8 and pain-2 days have no next day").isEqualTo(3);
        assertThat(nextDay.meanPainWith()).isEqualTo(8.0);
        assertThat(nextDay.meanPainWithout()).isEqualTo(2.0);
    }

    @Test
    void sortedByTheSizeOfTheDifference() {
        List<CheckIn> days = new ArrayList<>();
        for (int d = 0; d < 12; d++) {
            Set<String> factors = new java.util.TreeSet<>();
            int pain = 4;
            if (d % 2 == 0) {
                factors.add("heat");
                pain -= 1;
            }
            if (d % 3 == 0) {
                factors.add("lifting");
                pain += 3;
            }
            days.add(CheckIn.on(TODAY.minusDays(d * 3L), pain).factors(factors).build());
        }
        List<FactorInsight> insights = FactorInsights.compute(days, FACTORS, RULES);
        assertThat(insights).extracting(FactorInsight::factorId).containsExactly("lifting", "heat");
        assertThat(Math.abs(insights.get(0).difference())).isGreaterThan(Math.abs(insights.get(1).difference()));
    }

    private static CheckIn day(int daysAgo, int pain, String... factors) {
        return CheckIn.on(TODAY.minusDays(daysAgo), pain).factors(Set.of(factors)).build();
    }
}
