package org.backcoach.ui.today;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backcoach.coach.PlannedExercise;
import org.backcoach.content.BundleFixtures;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.journal.SafetyReview;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.UiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Today's plan in the view model, without a toolkit: phase, goal, the screening gate and the red-flag stop. */
class TodayPlanViewModelTest {

    @TempDir
    Path dir;
    private final List<List<PlannedExercise>> started = new ArrayList<>();
    private int screeningsRequested;

    @Test
    void showsThePhaseReasonExercisesGoalAndSteps() throws Exception {
        try (Journal journal = JournalFixtures.open(dir)) {
            journal.save(CheckIn.on(TODAY.minusDays(2), 6).build());
            journal.save(CheckIn.on(TODAY.minusDays(1), 4).milestones(Set.of("walked-10-min")).build());
            TodayViewModel model = model(journal);
            model.refresh();
            assertThat(model.phaseTitleProperty().get()).isEqualTo("Stand tall and walk");
            assertThat(model.phaseNumberProperty().get()).isEqualTo("Phase 2 of 4");
            assertThat(model.reasonProperty().get())
                    .isEqualTo("Stand tall and walk, because you walked 10 minutes yesterday and your pain was 4/10.");
            assertThat(model.exercises()).hasSizeBetween(3, 6);
            assertThat(model.movementGoalProperty().get()).isEqualTo(
                    "Walk 10–20 minutes today, in short easy spells. When you sit, get up and move every 30–45 minutes.");
            assertThat(model.steps()).extracting(s -> s.id()).containsExactly("keep-moving", "posture-and-abs");
            assertThat(model.focus()).isNotEmpty();
            assertThat(model.checkInDoneProperty().get()).isFalse();
        }
    }

    @Test
    void startAsksTheSafetyQuestionsFirstThenStartsThePlayer() {
        try (Journal journal = JournalFixtures.open(dir)) {
            TodayViewModel model = model(journal);
            model.refresh();
            assertThat(model.screeningNeededProperty().get()).isTrue();
            model.startExercises();
            assertThat(screeningsRequested).isEqualTo(1);
            assertThat(started).isEmpty();
            journal.recordSafetyReview(SafetyReview.screening(TODAY.atTime(9, 0), Set.of()));
            model.refresh();
            model.startExercises();
            model.startMicroRoutine();
            assertThat(started).hasSize(2);
            assertThat(started.get(0)).extracting(PlannedExercise::id).containsExactly("childs-pose", "knee-to-chest",
                    "pelvic-tilts");
            assertThat(started.get(1)).allSatisfy(p -> assertThat(p.sets()).isEqualTo(1));
        }
    }

    @Test
    void aRedFlagWithholdsThePlanUntilCareIsConfirmed() throws Exception {
        try (Journal journal = JournalFixtures.open(dir)) {
            journal.recordSafetyReview(SafetyReview.screening(TODAY.atTime(8, 0), Set.of()));
            journal.save(CheckIn.on(TODAY, 4).redFlags(Set.of("saddle-numbness")).build());
            TodayViewModel model = model(journal);
            model.refresh();
            assertThat(model.redFlagStopProperty().get()).isTrue();
            assertThat(model.exercises()).isEmpty();
            assertThat(model.raisedRedFlags()).extracting(f -> f.id()).containsExactly("saddle-numbness");
            model.startExercises();
            assertThat(started).isEmpty();
            model.confirmSoughtCare();
            assertThat(model.redFlagStopProperty().get()).isFalse();
            assertThat(model.exercises()).isNotEmpty();
            assertThat(journal.safetyReviews()).extracting(SafetyReview::kind)
                    .containsExactly(SafetyReview.Kind.SCREENING, SafetyReview.Kind.SOUGHT_CARE);
        }
    }

    private TodayViewModel model(Journal journal) {
        TodayViewModel model = new TodayViewModel(journal, BundleFixtures.builtIn(), Async.direct(), UiTestSupport.english(),
                JournalFixtures.CLOCK);
        model.setOnPlayerRequested(started::add);
        model.setOnScreeningRequested(() -> screeningsRequested++);
        return model;
    }
}
