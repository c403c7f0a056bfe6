package org.backcoach.ui.today;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.nio.file.Path;
import org.backcoach.content.BundleFixtures;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.UiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TodayViewModelTest {

    @TempDir
    Path dir;

    @Test
    void showsWhetherTodaysCheckInIsDoneAndTheLastOne() throws Exception {
        try (Journal journal = JournalFixtures.open(dir)) {
            TodayViewModel model = new TodayViewModel(journal, BundleFixtures.builtIn(), Async.direct(),
                    UiTestSupport.english(), JournalFixtures.CLOCK);
            model.refresh();
            assertThat(model.checkInDoneProperty().get()).isFalse();
            assertThat(model.lastCheckInProperty().get()).contains("No check-ins yet");

            journal.save(CheckIn.on(TODAY.minusDays(1), 5).walkMinutes(15).build());
            model.refresh();
            assertThat(model.checkInDoneProperty().get()).isFalse();
            assertThat(model.lastCheckInProperty().get()).contains("pain 5/10").contains("walked 15 min");

            journal.save(CheckIn.on(TODAY, 3).build());
            model.refresh();
            assertThat(model.checkInDoneProperty().get()).isTrue();
            assertThat(model.headingProperty().get()).contains("2026");
        }
    }
}
