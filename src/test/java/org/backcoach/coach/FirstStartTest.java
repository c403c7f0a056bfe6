package org.backcoach.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.journal.SafetyReview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the very first start the safety questions come first; anyone who has been here before goes to Today. */
class FirstStartTest {

    private static final CheckIn A_CHECK_IN = CheckIn.on(TODAY.minusDays(1), 4).build();
    private static final SafetyReview A_SCREENING = SafetyReview.screening(TODAY.atTime(9, 0), Set.of());

    @Test
    void anEmptyJournalStartsWithTheScreening() {
        assertThat(FirstStart.screeningComesFirst(List.of(), List.of())).isTrue();
    }

    @Test
    void aCheckInMeansThePersonHasBeenHereBefore() {
        assertThat(FirstStart.screeningComesFirst(List.of(A_CHECK_IN), List.of())).isFalse();
    }

    @Test
    void aSafetyReviewWithoutCheckInsMeansTheQuestionsWereSeen() {
        assertThat(FirstStart.screeningComesFirst(List.of(), List.of(A_SCREENING))).isFalse();
    }

    @Test
    void readsTheJournal(@TempDir Path dir) throws Exception {
        try (Journal journal = JournalFixtures.open(dir)) {
            assertThat(FirstStart.screeningComesFirst(journal)).isTrue();
            journal.recordSafetyReview(A_SCREENING);
            assertThat(FirstStart.screeningComesFirst(journal)).isFalse();
        }
    }
}
