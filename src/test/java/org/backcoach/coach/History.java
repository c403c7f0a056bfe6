package org.backcoach.coach;

import static org.backcoach.journal.JournalFixtures.TODAY;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.ExerciseLogEntry;
import org.backcoach.journal.SafetyReview;

/** A journal history written as days before today, for readable phase scenarios. */
final class History {

    final List<CheckIn> checkIns = new ArrayList<>();
    final List<ExerciseLogEntry> log = new ArrayList<>();
    final List<SafetyReview> reviews = new ArrayList<>();

    static History empty() {
        return new History();
    }

    /** A check-in {@code daysAgo} days before today with pain now and any milestones. */
    History day(int daysAgo, int pain, String... milestones) {
        checkIns.add(CheckIn.on(TODAY.minusDays(daysAgo), pain).milestones(Set.of(milestones)).build());
        return this;
    }

    History redFlags(int daysAgo, int pain, String... redFlags) {
        checkIns.add(CheckIn.on(TODAY.minusDays(daysAgo), pain).redFlags(Set.of(redFlags)).build());
        return this;
    }

    /** An exercise done {@code daysAgo} days before today, at 18:00, with its pain during it. */
    History exercise(int daysAgo, String id, int painDuring) {
        log.add(new ExerciseLogEntry(id, TODAY.minusDays(daysAgo).atTime(18, 0), 1, 10, null, painDuring));
        return this;
    }

    History soughtCare(int daysAgo, String... redFlags) {
        reviews.add(SafetyReview.soughtCare(TODAY.minusDays(daysAgo).atTime(9, 0), Set.of(redFlags)));
        return this;
    }

    /** {@code days} check-ins ending yesterday, every one with the same pain and milestones. */
    History steady(int days, int pain, String... milestones) {
        for (int ago = days; ago >= 1; ago--) {
            day(ago, pain, milestones);
        }
        return this;
    }
}
