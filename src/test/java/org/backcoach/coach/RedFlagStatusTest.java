package org.backcoach.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import org.backcoach.content.BundleFixtures;
import org.backcoach.content.RedFlag;
import org.junit.jupiter.api.Test;

/** When red-flag answers withhold the plan, and what lifts the stop. */
class RedFlagStatusTest {

    @Test
    void noAnswersNoStop() {
        RedFlagStatus status = status(History.empty().day(1, 4));
        assertThat(status.stop()).isFalse();
        assertThat(status.raised()).isEmpty();
    }

    @Test
    void aYesStopsThePlanMostUrgentFirst() {
        RedFlagStatus status = status(History.empty().redFlags(1, 5, "night-pain", "bladder-bowel-control"));
        assertThat(status.stop()).isTrue();
        assertThat(status.urgent()).isTrue();
        assertThat(status.raised()).extracting(RedFlag::id).containsExactly("bladder-bowel-control", "night-pain");
        assertThat(status.since()).contains(TODAY.minusDays(1));
    }

    @Test
    void aLaterCheckInWithoutTheAnswerLiftsTheStop() {
        assertThat(status(History.empty().redFlags(2, 5, "night-pain").day(1, 4)).stop()).isFalse();
    }

    @Test
    void confirmingCareForEveryAnswerLiftsTheStop() {
        History h = History.empty().redFlags(2, 5, "night-pain").redFlags(1, 5, "night-pain").soughtCare(0, "night-pain");
        RedFlagStatus status = status(h);
        assertThat(status.stop()).isFalse();
        assertThat(status.yesIds()).containsExactly("night-pain");
        assertThat(status.since()).contains(TODAY.minusDays(2));
    }

    @Test
    void aNewAnswerAfterTheConfirmationStopsAgain() {
        History h = History.empty().redFlags(2, 5, "night-pain").soughtCare(1, "night-pain")
                .redFlags(0, 5, "night-pain", "fever-chills");
        assertThat(status(h).stop()).isTrue();
    }

    @Test
    void aConfirmationCoversOneEpisodeOnly() {
        History h = History.empty().redFlags(6, 5, "night-pain").soughtCare(6, "night-pain").day(4, 3)
                .redFlags(1, 5, "night-pain");
        assertThat(status(h).stop()).isTrue();
    }

    @Test
    void screeningIsRememberedFromTheReviews() {
        History h = History.empty();
        h.reviews.add(org.backcoach.journal.SafetyReview.screening(TODAY.atTime(8, 0), java.util.Set.of()));
        assertThat(status(h).screeningDone()).isTrue();
        assertThat(status(History.empty()).screeningDone()).isFalse();
    }

    private static RedFlagStatus status(History h) {
        return RedFlagStatus.evaluate(BundleFixtures.builtIn(), h.checkIns, h.reviews, TODAY);
    }
}
