package org.backcoach.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backcoach.coach.PlannedExercise;
import org.backcoach.content.BundleFixtures;
import org.backcoach.content.RedFlag;
import org.junit.jupiter.api.Test;

/** Routes between screens, answered by the screen that owns where they lead; plain Java, no FX thread. */
class NavigatorTest {

    private final MainViewModel main = new MainViewModel();
    private final Navigator navigator = new Navigator(main);
    private final List<String> heard = new ArrayList<>();

    @Test
    void theCheckInFormOpensOnTheDayAsked() {
        navigator.answerCheckIn(day -> heard.add("form on " + day));
        main.onShow(Page.CHECK_IN, () -> heard.add("check-in shown"));
        navigator.openCheckIn(LocalDate.of(2026, 11, 20));
        assertThat(heard).containsExactly("form on 2026-11-20", "check-in shown");
        assertThat(main.pageProperty().get()).isEqualTo(Page.CHECK_IN);
    }

    @Test
    void exercisesAndTheMicroRoutineGoToWhoeverAnswersThem() {
        List<List<PlannedExercise>> started = new ArrayList<>();
        navigator.answerExercises(started::add);
        navigator.answerMicroRoutine(() -> heard.add("micro-routine"));
        PlannedExercise catCow = PlannedExercise.asPrescribed(BundleFixtures.builtIn().exercise("cat-cow").orElseThrow());
        navigator.startExercises(List.of(catCow));
        navigator.startMicroRoutine();
        assertThat(started).containsExactly(List.of(catCow));
        assertThat(heard).containsExactly("micro-routine");
    }

    @Test
    void ctrlEnterStartsTodaysExercisesExceptWhereAFlowHasItsOwnUse() {
        navigator.answerExercisesKey(() -> heard.add("today's exercises"));
        navigator.answerExercisesKey(Flow.PLAYER, () -> heard.add("pause"));
        main.requestExercises();
        navigator.showFlow(Flow.SCREENING);
        main.requestExercises();
        navigator.showFlow(Flow.PLAYER);
        main.requestExercises();
        assertThat(heard).containsExactly("today's exercises", "today's exercises", "pause");
    }

    @Test
    void theRedFlagCardShowsOnlyWhenSomethingWasRaised() {
        navigator.alertRedFlags(List.of());
        assertThat(main.modalProperty().get()).isNull();
        RedFlag first = BundleFixtures.builtIn().redFlags().get(0);
        navigator.alertRedFlags(List.of(first));
        assertThat(main.modalProperty().get()).isEqualTo(Modal.RED_FLAG_ALERT);
        assertThat(navigator.alertFlags()).containsExactly(first);
        navigator.closeModal();
        assertThat(main.modalProperty().get()).isNull();
    }

    @Test
    void everyoneListeningHearsThatTheJournalChanged() {
        navigator.onJournalChanged(() -> heard.add("today"));
        navigator.onJournalChanged(() -> heard.add("progress"));
        navigator.journalChanged();
        assertThat(heard).containsExactly("today", "progress");
    }
}
