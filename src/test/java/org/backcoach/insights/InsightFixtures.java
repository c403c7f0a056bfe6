package org.backcoach.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.InvalidCheckInException;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalFixtures;

/** Hand-made histories whose insights are known in advance. */
public final class InsightFixtures {

    /** The long-sitting days of {@link #monthWithLongSitting()}, as days of the month (1 = first). */
    public static final List<Integer> LONG_SITTING_DAYS = List.of(3, 8, 13, 18, 23, 27);

    private InsightFixtures() {
    }

    /**
     * Thirty days up to today. Pain is 3, except on each day after long sitting, when it is 6. So on
     * the day after long sitting the mean is 6 (6 days) against 3 (23 days): 3.0 points higher.
     * On the same day it is 3 (6 days) against 3.75 (24 days).
     */
    public static List<CheckIn> monthWithLongSitting() {
        List<CheckIn> days = new ArrayList<>();
        for (int day = 1; day <= 30; day++) {
            LocalDate date = JournalFixtures.TODAY.minusDays(30 - day);
            boolean sat = LONG_SITTING_DAYS.contains(day);
            boolean after = LONG_SITTING_DAYS.contains(day - 1);
            days.add(CheckIn.on(date, after ? 6 : 3).sittingMaxMinutes(sat ? 240 : 40)
                    .factors(sat ? Set.of("long-sitting") : Set.of()).build());
        }
        return days;
    }

    public static void save(Journal journal, List<CheckIn> days) {
        try {
            for (CheckIn day : days) {
                journal.save(day);
            }
        } catch (InvalidCheckInException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
