package org.backcoach.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.backcoach.content.Milestone;
import org.backcoach.content.ProgressRules;
import org.backcoach.journal.CheckIn;

/**
 * The "firsts" of an episode, oldest first: each function milestone the first day it was ticked,
 * and each derived first (such as pain at 2 or less) the first day it was reached after a day
 * that did not reach it, so a journal that starts on a good day claims no first on day one.
 */
public final class MilestoneTimeline {

    /** One first: the day and the bundle's wording for it. */
    public record Entry(LocalDate date, String id, String text) {
    }

    private MilestoneTimeline() {
    }

    /** @param checkIns the episode's check-ins, oldest first */
    public static List<Entry> of(List<CheckIn> checkIns, List<Milestone> milestones,
                                 List<ProgressRules.DerivedFirst> derived) {
        List<Entry> entries = new ArrayList<>();
        for (Milestone milestone : milestones) {
            checkIns.stream().filter(c -> c.milestones().contains(milestone.id())).findFirst()
                    .ifPresent(c -> entries.add(new Entry(c.date(), milestone.id(), milestone.firstTime())));
        }
        for (ProgressRules.DerivedFirst first : derived) {
            boolean missedBefore = false;
            for (CheckIn c : checkIns) {
                Integer value = value(c, first.measure());
                if (value == null) {
                    continue;
                }
                if (first.reachedBy(value)) {
                    if (missedBefore) {
                        entries.add(new Entry(c.date(), first.id(), first.firstTime()));
                        break;
                    }
                } else {
                    missedBefore = true;
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::date));
        return entries;
    }

    static Integer value(CheckIn c, ProgressRules.Measure measure) {
        return switch (measure) {
            case PAIN_NOW -> c.painNow();
            case PAIN_WORST -> c.painWorst();
            case SPASMS -> c.spasms();
            case WALK_MINUTES -> c.walkMinutes();
            case SITTING_MAX_MINUTES -> c.sittingMaxMinutes();
        };
    }
}
