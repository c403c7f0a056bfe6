package org.backcoach.insights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.backcoach.content.ProgressRules;
import org.backcoach.journal.CheckIn;

/**
 * Where the person is in this episode: when it began, pain at the start against pain now, and
 * whether one of the two gentle nudges to see a clinician applies.
 *
 * @param start           the first day of the episode; empty when there are no check-ins and no date set
 * @param startSetByPerson true when the person chose the date; otherwise the first check-in of the episode
 * @param daysSinceStart  days from the start to today (0 on the first day)
 * @param checkIns        the check-ins of this episode, oldest first
 * @param startPain       mean pain now of the episode's first check-ins
 * @param painNow         mean pain now of the episode's latest check-ins
 * @param notImproving    the "see a clinician" nudge for pain that has not eased after about four weeks
 * @param gettingWorse    the nudge for pain that keeps rising over about a week
 * @param weekRise        how far the fitted pain trend rose across the last window, in points
 */
public record RecoveryCourse(Optional<LocalDate> start, boolean startSetByPerson, long daysSinceStart,
                             List<CheckIn> checkIns, OptionalDouble startPain, OptionalDouble painNow,
                             boolean notImproving, boolean gettingWorse, double weekRise) {

    public RecoveryCourse {
        checkIns = List.copyOf(checkIns);
    }

    /** @param all every check-in, oldest first */
    public static RecoveryCourse of(List<CheckIn> all, Optional<LocalDate> setStart, LocalDate today,
                                    ProgressRules rules) {
        Optional<LocalDate> start = setStart.isPresent() ? setStart : firstOfLastEpisode(all, rules.course());
        if (start.isEmpty()) {
            return new RecoveryCourse(Optional.empty(), false, 0, List.of(), OptionalDouble.empty(),
                    OptionalDouble.empty(), false, false, 0);
        }
        LocalDate first = start.get();
        List<CheckIn> episode = all.stream().filter(c -> !c.date().isBefore(first) && !c.date().isAfter(today)).toList();
        long days = Math.max(0, ChronoUnit.DAYS.between(first, today));
        int k = rules.course().compareCheckIns();
        OptionalDouble startPain = mean(episode.subList(0, Math.min(k, episode.size())));
        OptionalDouble painNow = mean(episode.subList(Math.max(0, episode.size() - k), episode.size()));

        ProgressRules.GettingWorse worse = rules.gettingWorse();
        LocalDate windowStart = today.minusDays(worse.windowDays() - 1L);
        List<CheckIn> window = episode.stream().filter(c -> !c.date().isBefore(windowStart)).toList();
        // "Pain now" must be recent for either nudge: the latest check-in lies inside the window.
        boolean recent = !window.isEmpty();
        double rise = window.size() >= 2 ? slope(window) * (worse.windowDays() - 1) : 0;
        boolean gettingWorse = recent && window.size() >= worse.minCheckIns() && rise >= worse.minRise();

        ProgressRules.NotImproving flat = rules.notImproving();
        boolean notImproving = recent && days >= flat.afterDays() && startPain.isPresent()
                && startPain.getAsDouble() - painNow.getAsDouble() < flat.minImprovement();
        return new RecoveryCourse(start, setStart.isPresent(), days, episode, startPain, painNow, notImproving,
                gettingWorse, rise);
    }

    /** The first check-in after the last gap of at least {@code newEpisodeAfterGapDays} days without any. */
    static Optional<LocalDate> firstOfLastEpisode(List<CheckIn> all, ProgressRules.Course course) {
        if (all.isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = all.get(0).date();
        for (int i = 1; i < all.size(); i++) {
            long emptyDays = ChronoUnit.DAYS.between(all.get(i - 1).date(), all.get(i).date()) - 1;
            if (emptyDays >= course.newEpisodeAfterGapDays()) {
                start = all.get(i).date();
            }
        }
        return Optional.of(start);
    }

    private static OptionalDouble mean(List<CheckIn> days) {
        return days.stream().mapToInt(CheckIn::painNow).average();
    }

    /** Least-squares slope of pain now against the date, in points per day. */
    static double slope(List<CheckIn> days) {
        long origin = days.get(0).date().toEpochDay();
        double n = days.size();
        double sumX = 0;
        double sumY = 0;
        double sumXY = 0;
        double sumXX = 0;
        for (CheckIn c : days) {
            double x = c.date().toEpochDay() - origin;
            sumX += x;
            sumY += c.painNow();
            sumXY += x * c.painNow();
            sumXX += x * x;
        }
        double denominator = n * sumXX - sumX * sumX;
        return denominator == 0 ? 0 : (n * sumXY - sumX * sumY) / denominator;
    }
}
