package org.backcoach.coach;

import java.util.List;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.Journal;
import org.backcoach.journal.SafetyReview;

/**
 * The very first start: before anything else, the safety questions. A journal that holds no
 * check-in and no safety review has never seen them; any check-in or review means the person
 * has been here before (and Today asks for the screening itself if it is still missing).
 */
public final class FirstStart {

    private FirstStart() {
    }

    public static boolean screeningComesFirst(List<CheckIn> checkIns, List<SafetyReview> reviews) {
        return checkIns.isEmpty() && reviews.isEmpty();
    }

    /** Reads the journal: call it off the FX thread. */
    public static boolean screeningComesFirst(Journal journal) {
        return screeningComesFirst(journal.all(), journal.safetyReviews());
    }
}
