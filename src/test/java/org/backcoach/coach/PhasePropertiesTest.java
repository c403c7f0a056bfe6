package org.backcoach.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.backcoach.content.Bundle;
import org.backcoach.content.BundleFixtures;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.ExerciseLogEntry;
import org.backcoach.journal.Milestones;

/** Rules that must hold for any history, checked over random ones. */
class PhasePropertiesTest {

    private static final Bundle BUNDLE = BundleFixtures.builtIn();
    private static final LocalDate START = LocalDate.of(2026, 10, 1);

    record Day(Integer pain, Set<String> milestones, Integer exercisePain) {
    }

    @Provide
    Arbitrary<List<Day>> histories() {
        Arbitrary<Day> day = net.jqwik.api.Combinators.combine(
                Arbitraries.integers().between(0, 10).injectNull(0.2),
                Arbitraries.of(Milestones.IDS).set().ofMaxSize(6),
                Arbitraries.integers().between(0, 10).injectNull(0.6)).as(Day::new);
        return day.list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 200)
    void neverMoreThanOnePhaseForwardADayAndNeverHighPhasesWhilePainIsHigh(@ForAll("histories") List<Day> days) {
        List<CheckIn> checkIns = new ArrayList<>();
        List<ExerciseLogEntry> log = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            Day d = days.get(i);
            if (d.pain() != null) {
                checkIns.add(CheckIn.on(START.plusDays(i), d.pain()).milestones(d.milestones()).build());
            }
            if (d.exercisePain() != null) {
                log.add(new ExerciseLogEntry("cat-cow", START.plusDays(i).atTime(12, 0), 1, 10, null, d.exercisePain()));
            }
        }
        PhaseCoach coach = new PhaseCoach(BUNDLE);
        int previous = -1;
        for (int i = 0; i < days.size(); i++) {
            LocalDate today = START.plusDays(i);
            PhaseDecision decision = coach.decide(checkIns, log, today);
            int number = decision.phase().number();
            if (previous >= 0) {
                assertThat(number).as("day %d", i).isLessThanOrEqualTo(previous + 1);
            }
            CheckIn latest = checkIns.stream().filter(c -> !c.date().isAfter(today)).reduce((a, b) -> b).orElse(null);
            if (latest != null && latest.painNow() >= BUNDLE.coachRules().highPain()) {
                assertThat(number).as("day %d with pain %d", i, latest.painNow()).isLessThanOrEqualTo(2);
            }
            assertThat(decision.reason()).startsWith(decision.phase().title()).doesNotContain("{");
            previous = number;
        }
    }
}
