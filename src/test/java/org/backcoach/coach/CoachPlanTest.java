package org.backcoach.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backcoach.content.Bundle;
import org.backcoach.content.BundleFixtures;
import org.backcoach.content.Exercise;
import org.backcoach.journal.CheckIn;
import org.junit.jupiter.api.Test;

/** Today's plan beyond the phase: which exercises, the micro-routine, steps and goals. */
class CoachPlanTest {

    private static final Bundle BUNDLE = BundleFixtures.builtIn();
    private final Coach coach = new Coach(BUNDLE);

    @Test
    void everyPhaseOffersThreeToSixOfItsOwnExercisesWarmUpFirst() {
        for (var phase : BUNDLE.phasesInOrder()) {
            for (int day = 0; day < 10; day++) {
                List<Exercise> picked = new ExercisePicker(BUNDLE).pick(phase, TODAY.plusDays(day));
                assertThat(picked).hasSizeBetween(3, 6).doesNotHaveDuplicates()
                        .allSatisfy(e -> assertThat(e.phases()).contains(phase.id()));
                assertThat(picked.get(0).category()).isEqualTo(Exercise.Category.MOBILITY);
            }
        }
    }

    @Test
    void strengthenDaysMixMobilityReleaseAndStrengthAndVaryFromDayToDay() {
        var phase = BUNDLE.phase("strengthen").orElseThrow();
        List<Exercise> today = new ExercisePicker(BUNDLE).pick(phase, TODAY);
        List<Exercise> tomorrow = new ExercisePicker(BUNDLE).pick(phase, TODAY.plusDays(1));
        assertThat(today).extracting(Exercise::category).containsSequence(Exercise.Category.MOBILITY,
                Exercise.Category.MOBILITY, Exercise.Category.RELEASE, Exercise.Category.STRENGTH);
        assertThat(today.stream().filter(e -> e.category() == Exercise.Category.STRENGTH)).hasSize(3);
        assertThat(today).isNotEqualTo(tomorrow);
        assertThat(new ExercisePicker(BUNDLE).pick(phase, TODAY)).isEqualTo(today);
    }

    @Test
    void theMicroRoutineIsAboutTwoMinutesOfOneSetEach() {
        for (var history : List.of(History.empty(), History.empty().day(2, 6).day(1, 4, "walked-10-min"))) {
            TodayPlan plan = PhaseRulesTest.plan(history);
            List<PlannedExercise> routine = plan.microRoutine();
            int seconds = routine.stream().mapToInt(p -> p.estimatedSeconds(BUNDLE.coachRules().secondsPerRep())).sum();
            assertThat(routine).isNotEmpty().allSatisfy(p -> assertThat(p.sets()).isEqualTo(1));
            assertThat(seconds).as(plan.phase().id()).isBetween(60, 150);
            assertThat(plan.exercises().stream().map(PlannedExercise::id))
                    .containsAll(routine.stream().map(PlannedExercise::id).toList());
        }
    }

    @Test
    void thePlanCarriesTheStepsGoalAndCheckInState() {
        TodayPlan plan = coach.plan(List.of(CheckIn.on(TODAY, 5).build()), List.of(), List.of(), TODAY);
        assertThat(plan.checkInDone()).isTrue();
        assertThat(plan.steps()).extracting(s -> s.id()).containsExactly("slow-down", "keep-moving");
        assertThat(plan.movementGoal().sittingBreakMinutes().min()).isEqualTo(30);
        assertThat(plan.focus()).isNotEmpty();
        assertThat(coach.plan(List.of(), List.of(), List.of(), TODAY).checkInDone()).isFalse();
    }

    @Test
    void doseTextUsesThePlannedSets() {
        Exercise catCow = BUNDLE.exercise("cat-cow").orElseThrow();
        assertThat(PlannedExercise.asPrescribed(catCow).describeDose()).isEqualTo("10–15 reps");
        Exercise birdDog = BUNDLE.exercise("bird-dog").orElseThrow();
        assertThat(PlannedExercise.asPrescribed(birdDog).describeDose()).isEqualTo("2 × 6–10 reps, each side");
        assertThat(new PlannedExercise(birdDog, 1).describeDose()).isEqualTo("6–10 reps, each side");
    }

    @Test
    void aSpasmIsAddedToTodaysCheckInWithoutLosingAnything() {
        CheckIn morning = CheckIn.on(TODAY, 3).painWorst(4).spasms(1).areas(Set.of("neck")).factors(Set.of("heat"))
                .note("stiff").build();
        CheckIn after = SpasmLog.addTo(Optional.of(morning), TODAY, 2, Set.of("lower-back"), 6);
        assertThat(after.spasms()).isEqualTo(3);
        assertThat(after.areas()).containsExactly("lower-back", "neck");
        assertThat(after.painNow()).isEqualTo(6);
        assertThat(after.painWorst()).isEqualTo(6);
        assertThat(after.factors()).containsExactly("heat");
        assertThat(after.note()).isEqualTo("stiff");
        CheckIn fresh = SpasmLog.addTo(Optional.empty(), TODAY, 1, Set.of("mid-back"), 7);
        assertThat(fresh).isEqualTo(CheckIn.on(TODAY, 7).spasms(1).areas(Set.of("mid-back")).build());
    }
}
