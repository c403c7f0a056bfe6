package org.backcoach.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backcoach.content.BundleFixtures;
import org.backcoach.content.ProgressRules;
import org.backcoach.journal.CheckIn;
import org.junit.jupiter.api.Test;

class RecoveryCourseTest {

    private static final ProgressRules RULES = BundleFixtures.builtIn().progress();

    @Test
    void theEpisodeBeginsAtTheFirstCheckInAfterALongGap() {
        List<CheckIn> days = new ArrayList<>();
        days.add(CheckIn.on(TODAY.minusDays(100), 8).build());
        days.add(CheckIn.on(TODAY.minusDays(99), 7).build());
        // 21 empty days (the built-in gap) between day -99 and day -77.
        days.addAll(daily(TODAY.minusDays(77), 7, 6, 6, 5));
        RecoveryCourse course = RecoveryCourse.of(days, Optional.empty(), TODAY, RULES);
        assertThat(course.start()).contains(TODAY.minusDays(77));
        assertThat(course.startSetByPerson()).isFalse();
        assertThat(course.daysSinceStart()).isEqualTo(77);
        assertThat(course.checkIns()).hasSize(4);
        assertThat(course.startPain().getAsDouble()).isCloseTo(19 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(course.painNow().getAsDouble()).isCloseTo(17 / 3.0, org.assertj.core.data.Offset.offset(1e-9));

        List<CheckIn> shortGap = new ArrayList<>(days);
        shortGap.add(2, CheckIn.on(TODAY.minusDays(98), 7).build());
        shortGap.add(3, CheckIn.on(TODAY.minusDays(78), 7).build());
        assertThat(RecoveryCourse.of(shortGap, Optional.empty(), TODAY, RULES).start()).contains(TODAY.minusDays(100));
    }

    @Test
    void aDateThePersonSetWins() {
        List<CheckIn> days = daily(TODAY.minusDays(9), 8, 7, 6, 5, 4, 4, 3, 3, 2, 2);
        RecoveryCourse course = RecoveryCourse.of(days, Optional.of(TODAY.minusDays(12)), TODAY, RULES);
        assertThat(course.start()).contains(TODAY.minusDays(12));
        assertThat(course.startSetByPerson()).isTrue();
        assertThat(course.daysSinceStart()).isEqualTo(12);
        assertThat(course.startPain().getAsDouble()).isEqualTo(7.0);
        assertThat(course.painNow().getAsDouble()).isCloseTo(7 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(course.notImproving()).isFalse();
        assertThat(course.gettingWorse()).isFalse();
    }

    @Test
    void painThatHasNotEasedAfterFourWeeksBringsTheNudge() {
        List<CheckIn> flat = new ArrayList<>();
        for (int d = 30; d >= 0; d--) {
            flat.add(CheckIn.on(TODAY.minusDays(d), d % 2 == 0 ? 6 : 5).build());
        }
        assertThat(RecoveryCourse.of(flat, Optional.empty(), TODAY, RULES).notImproving()).isTrue();
        assertThat(RecoveryCourse.of(flat, Optional.empty(), TODAY.minusDays(4), RULES).notImproving())
                .as("27 days in, not yet").isFalse();

        List<CheckIn> easing = new ArrayList<>();
        for (int d = 30; d >= 0; d--) {
            easing.add(CheckIn.on(TODAY.minusDays(d), d > 15 ? 6 : 4).build());
        }
        assertThat(RecoveryCourse.of(easing, Optional.empty(), TODAY, RULES).notImproving()).isFalse();

        List<CheckIn> stale = flat.subList(0, 20);
        assertThat(RecoveryCourse.of(stale, Optional.empty(), TODAY, RULES).notImproving())
                .as("no check-in in the last week: pain now is unknown").isFalse();
    }

    @Test
    void painRisingThroughTheWeekBringsTheOtherNudge() {
        List<CheckIn> rising = daily(TODAY.minusDays(6), 3, 3, 4, 5, 5, 6, 6);
        RecoveryCourse course = RecoveryCourse.of(rising, Optional.empty(), TODAY, RULES);
        assertThat(course.weekRise()).isGreaterThanOrEqualTo(2.0);
        assertThat(course.gettingWorse()).isTrue();

        List<CheckIn> bumpy = daily(TODAY.minusDays(6), 3, 6, 3, 5, 3, 4, 3);
        assertThat(RecoveryCourse.of(bumpy, Optional.empty(), TODAY, RULES).gettingWorse()).isFalse();

        List<CheckIn> tooFew = List.of(CheckIn.on(TODAY.minusDays(6), 2).build(), CheckIn.on(TODAY.minusDays(3), 5).build(),
                CheckIn.on(TODAY, 8).build());
        assertThat(RecoveryCourse.of(tooFew, Optional.empty(), TODAY, RULES).gettingWorse())
                .as("three check-ins are fewer than the four the bundle asks for").isFalse();
    }

    @Test
    void noCheckInsMeansNoCourseYet() {
        RecoveryCourse course = RecoveryCourse.of(List.of(), Optional.empty(), TODAY, RULES);
        assertThat(course.start()).isEmpty();
        assertThat(course.startPain()).isEmpty();
        assertThat(course.notImproving() || course.gettingWorse()).isFalse();
    }

    static List<CheckIn> daily(LocalDate first, int... pains) {
        List<CheckIn> days = new ArrayList<>();
        for (int i = 0; i < pains.length; i++) {
            days.add(CheckIn.on(first.plusDays(i), pains[i]).build());
        }
        return days;
    }
}
