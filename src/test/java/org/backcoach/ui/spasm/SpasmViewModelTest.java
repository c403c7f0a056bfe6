package org.backcoach.ui.spasm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.nio.file.Path;
import org.backcoach.coach.MutableClock;
import org.backcoach.content.BundleFixtures;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.UiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spasm flow's state without a toolkit: steps, timers driven by a test clock, and logging. */
class SpasmViewModelTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(TODAY.atTime(22, 15));

    @Test
    void walksTheStepsWithGentleTimers() {
        try (Journal journal = Journal.open(dir.resolve("j.db"), JournalFixtures.validator(), clock)) {
            SpasmViewModel model = model(journal);
            assertThat(model.stepNumberProperty().get()).isEqualTo("Step 1 of 4");
            assertThat(model.hasTimerProperty().get()).isTrue();
            assertThat(model.timerRunningProperty().get()).isTrue();
            clock.advanceSeconds(30);
            model.tick();
            assertThat(model.timerTextProperty().get()).isEqualTo("0:30");
            model.toggleTimer();
            clock.advanceSeconds(100);
            model.tick();
            assertThat(model.timerTextProperty().get()).isEqualTo("0:30");
            assertThat(model.timerRunningProperty().get()).isFalse();
            model.toggleTimer();
            clock.advanceSeconds(30);
            model.tick();
            assertThat(model.breathingProperty().get()).isEqualTo("Well done. Take your time.");
            assertThat(model.timerRunningProperty().get()).isFalse();
            model.next();
            assertThat(model.hasTimerProperty().get()).isFalse();
            model.next();
            model.next();
            assertThat(model.timerTextProperty().get()).isEqualTo("2:00");
            model.next();
            assertThat(model.closingProperty().get()).isTrue();
            model.next();
            assertThat(model.closingProperty().get()).isTrue();
            model.previous();
            assertThat(model.stepTitleProperty().get()).isEqualTo("Tiny movements, then a few steps");
        }
    }

    @Test
    void logsTheSpasmIntoTodaysCheckInAndNeedsPainNow() throws Exception {
        try (Journal journal = Journal.open(dir.resolve("j.db"), JournalFixtures.validator(), clock)) {
            journal.save(CheckIn.on(TODAY, 2).spasms(2).note("morning").build());
            SpasmViewModel model = model(journal);
            model.logSpasm();
            assertThat(model.statusProperty().get()).isEqualTo("Choose your pain now first.");
            model.painNowProperty().set(7);
            model.spasmCountProperty().set(2);
            model.areas().add("mid-back");
            model.logSpasm();
            CheckIn after = journal.find(TODAY).orElseThrow();
            assertThat(after.spasms()).isEqualTo(4);
            assertThat(after.areas()).containsExactly("mid-back");
            assertThat(after.note()).isEqualTo("morning");
            assertThat(model.loggedProperty().get()).isTrue();
            boolean[] closed = {false};
            model.setOnClosed(() -> closed[0] = true);
            model.close();
            assertThat(closed[0]).isTrue();
            assertThat(model.timerRunningProperty().get()).isFalse();
        }
    }

    private SpasmViewModel model(Journal journal) {
        return new SpasmViewModel(BundleFixtures.builtIn(), journal, Async.direct(), UiTestSupport.english(), clock);
    }
}
