package org.backcoach.ui.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.nio.file.Path;
import java.util.Set;
import org.backcoach.content.BundleFixtures;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.UiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreeningViewModelTest {

    @TempDir
    Path dir;

    @Test
    void answersReplaceTodaysRedFlagsAndKeepTheRestOfTheCheckIn() throws Exception {
        try (Journal journal = JournalFixtures.open(dir)) {
            journal.save(JournalFixtures.full(TODAY).toBuilder().redFlags(Set.of("night-pain")).build());
            ScreeningViewModel model = new ScreeningViewModel(journal, BundleFixtures.builtIn(), Async.direct(),
                    UiTestSupport.english(), JournalFixtures.CLOCK);
            model.load();
            assertThat(model.painNowProperty().get()).isEqualTo(6);
            model.save();
            assertThat(model.statusProperty().get()).isEqualTo("Please answer every question first.");
            model.questions().forEach(q -> model.answer(q.id()).set(q.id().equals("fever-chills")));
            model.painNowProperty().set(9);
            assertThat(model.completeProperty().get()).isTrue();
            model.save();
            CheckIn saved = journal.find(TODAY).orElseThrow();
            assertThat(saved.redFlags()).containsExactly("fever-chills");
            assertThat(saved.painNow()).isEqualTo(9);
            assertThat(saved.painWorst()).as("worst pain is at least pain now").isEqualTo(9);
            assertThat(saved.note()).isEqualTo(JournalFixtures.full(TODAY).note());
            assertThat(journal.safetyReviews()).hasSize(1);
        }
    }
}
