package org.backcoach.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.backcoach.content.Bundle;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.ExerciseDay;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalRules;

/**
 * Everything the Progress screen shows, worked out in one go from two queries: all check-ins, and
 * exercise sessions counted per day for the chart span. Built off the FX thread.
 */
public record ProgressReport(LocalDate today, ChartRange range, List<CheckIn> checkIns, RecoveryCourse course,
                             ProgressCharts charts, List<MilestoneTimeline.Entry> milestones,
                             List<FactorInsight> insights) {

    public ProgressReport {
        checkIns = List.copyOf(checkIns);
        milestones = List.copyOf(milestones);
        insights = List.copyOf(insights);
    }

    public static ProgressReport load(Journal journal, Bundle bundle, ChartRange range) {
        LocalDate today = journal.today();
        List<CheckIn> all = journal.all();
        Optional<LocalDate> episodeStart = journal.episodeStart();
        List<ExerciseDay> exercise;
        LocalDate from;
        if (range == ChartRange.ALL) {
            exercise = journal.exerciseDays(JournalRules.EARLIEST_DATE, today);
            from = range.from(today, Stream.concat(all.stream().map(CheckIn::date), exercise.stream().map(ExerciseDay::date))
                    .min(LocalDate::compareTo));
        } else {
            from = range.from(today, Optional.empty());
            exercise = journal.exerciseDays(from, today);
        }
        return build(all, exercise, episodeStart, bundle, range, from, today);
    }

    /** The pure part: no database, so tests and the benchmark can feed it directly. */
    public static ProgressReport build(List<CheckIn> all, List<ExerciseDay> exercise, Optional<LocalDate> episodeStart,
                                       Bundle bundle, ChartRange range, LocalDate from, LocalDate today) {
        RecoveryCourse course = RecoveryCourse.of(all, episodeStart, today, bundle.progress());
        return new ProgressReport(today, range, all, course, ProgressCharts.of(all, exercise, from, today),
                MilestoneTimeline.of(course.checkIns(), bundle.milestones(), bundle.progress().firsts()),
                FactorInsights.compute(all, bundle.factors(), bundle.progress().insights()));
    }
}
