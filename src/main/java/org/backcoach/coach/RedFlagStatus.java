package org.backcoach.coach;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.backcoach.content.Bundle;
import org.backcoach.content.RedFlag;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.SafetyReview;

/**
 * Whether red-flag answers stop the exercise plan. The current answers are those of the latest
 * check-in. A "yes" stops the plan until the answers change (a later check-in without them) or the
 * person confirms they have sought care for every current answer. A confirmation counts for one
 * episode only: once a check-in comes back clear, a later "yes" needs a new confirmation.
 *
 * @param yesIds        the red-flag ids answered yes in the latest check-in
 * @param raised        those red flags as the bundle words them, most urgent first
 * @param stop          true while the plan is withheld
 * @param since         first day of the current run of check-ins with a "yes", if any
 * @param screeningDone whether the first-start screening has been answered
 */
public record RedFlagStatus(SortedSet<String> yesIds, List<RedFlag> raised, boolean stop, Optional<LocalDate> since,
                            boolean screeningDone) {

    public RedFlagStatus {
        yesIds = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(yesIds));
        raised = List.copyOf(raised);
    }

    public static RedFlagStatus evaluate(Bundle bundle, List<CheckIn> checkIns, List<SafetyReview> reviews,
                                         LocalDate today) {
        boolean screened = reviews.stream().anyMatch(r -> r.kind() == SafetyReview.Kind.SCREENING);
        List<CheckIn> upToToday = checkIns.stream().filter(c -> !c.date().isAfter(today))
                .sorted(Comparator.comparing(CheckIn::date)).toList();
        if (upToToday.isEmpty() || upToToday.get(upToToday.size() - 1).redFlags().isEmpty()) {
            return new RedFlagStatus(new TreeSet<>(), List.of(), false, Optional.empty(), screened);
        }
        SortedSet<String> current = upToToday.get(upToToday.size() - 1).redFlags();
        LocalDate since = upToToday.get(upToToday.size() - 1).date();
        for (int i = upToToday.size() - 2; i >= 0 && !upToToday.get(i).redFlags().isEmpty(); i--) {
            since = upToToday.get(i).date();
        }
        LocalDate episodeStart = since;
        boolean covered = reviews.stream().anyMatch(r -> r.kind() == SafetyReview.Kind.SOUGHT_CARE
                && r.redFlags().containsAll(current) && !r.date().isBefore(episodeStart));
        List<RedFlag> raised = bundle.redFlags().stream().filter(f -> current.contains(f.id()))
                .sorted(Comparator.comparing(RedFlag::urgency)).toList();
        return new RedFlagStatus(current, raised, !covered, Optional.of(since), screened);
    }

    /** True when any current answer is a go-now one. */
    public boolean urgent() {
        return raised.stream().anyMatch(f -> f.urgency() == RedFlag.Urgency.URGENT);
    }
}
