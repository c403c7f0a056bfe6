package org.backcoach.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Screening and sought-care confirmations in a real SQLite file, and the upgrade that adds them. */
class SafetyReviewJournalTest {

    @TempDir
    Path dir;

    @Test
    void reviewsSurviveReopeningInOrder() {
        LocalDateTime morning = TODAY.atTime(8, 0);
        try (Journal journal = JournalFixtures.open(dir)) {
            journal.recordSafetyReview(SafetyReview.soughtCare(morning.plusHours(2), Set.of("night-pain", "fever-chills")));
            journal.recordSafetyReview(SafetyReview.screening(morning, Set.of()));
        }
        try (Journal journal = JournalFixtures.open(dir)) {
            assertThat(journal.safetyReviews()).containsExactly(
                    SafetyReview.screening(morning, Set.of()),
                    SafetyReview.soughtCare(morning.plusHours(2), Set.of("fever-chills", "night-pain")));
        }
    }

    @Test
    void unknownRedFlagsAndFutureTimesAreRefusedAndNothingIsWritten() {
        try (Journal journal = JournalFixtures.open(dir)) {
            assertThatThrownBy(() -> journal.recordSafetyReview(SafetyReview.soughtCare(TODAY.atTime(9, 0), Set.of("cake"))))
                    .hasMessageContaining("cake");
            assertThatThrownBy(() -> journal.recordSafetyReview(SafetyReview.screening(TODAY.plusDays(1).atStartOfDay(), Set.of())))
                    .hasMessageContaining("future");
            assertThat(journal.safetyReviews()).isEmpty();
        }
    }

    @Test
    void upgradingAnOlderJournalKeepsItsCheckInsAndAddsTheTable() throws Exception {
        int index = indexOfSafetyMigration();
        List<Migration> before = JournalSchema.MIGRATIONS.subList(0, index);
        try (Journal old = Journal.open(dir.resolve("journal.db"), JournalFixtures.validator(), JournalFixtures.CLOCK, before);
             var insert = old.connection().createStatement()) {
            // Today's code writes columns of later versions, so the old row goes in as that version's SQL.
            insert.executeUpdate("INSERT INTO checkin (day, pain_now, note, saved_at) VALUES ('" + TODAY
                    + "', 6, 'older app', '" + TODAY + "T08:00')");
        }
        try (Journal journal = JournalFixtures.open(dir)) {
            assertThat(journal.find(TODAY)).contains(CheckIn.on(TODAY, 6).note("older app").build());
            journal.recordSafetyReview(SafetyReview.screening(TODAY.atTime(9, 0), Set.of("night-pain")));
            assertThat(journal.safetyReviews()).hasSize(1);
        }
        assertThat(dir.resolve("journal.db.v" + before.get(before.size() - 1).version() + ".bak")).exists();
    }

    private static int indexOfSafetyMigration() {
        for (int i = 0; i < JournalSchema.MIGRATIONS.size(); i++) {
            if (JournalSchema.MIGRATIONS.get(i).statements().stream().anyMatch(sql -> sql.contains("safety_review"))) {
                return i;
            }
        }
        throw new AssertionError("no migration creates safety_review");
    }
}
