package org.backcoach.print;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.backcoach.content.Bundle;
import org.backcoach.content.Exercise;
import org.backcoach.journal.ExerciseLogEntry;

/**
 * How often one exercise was done and how much it hurt while doing it (0–10), from the log.
 *
 * @param mildSessions sessions with pain during at or below {@link #MILD_PAIN_MAX}
 */
public record ExerciseStats(String exerciseId, String title, int sessions, int days, double meanPainDuring,
                            int maxPainDuring, int mildSessions) {

    /** The top of the "mild" band of the 0–10 pain scale (1–3 mild, 4–6 moderate, 7–10 severe). */
    public static final int MILD_PAIN_MAX = 3;

    /** One row per exercise in the log, most sessions first; titles from the bundle, else the id. */
    public static List<ExerciseStats> of(List<ExerciseLogEntry> log, Bundle bundle) {
        Map<String, List<ExerciseLogEntry>> byExercise = new LinkedHashMap<>();
        log.forEach(e -> byExercise.computeIfAbsent(e.exerciseId(), id -> new ArrayList<>()).add(e));
        List<ExerciseStats> stats = new ArrayList<>();
        byExercise.forEach((id, entries) -> {
            TreeSet<LocalDate> days = new TreeSet<>();
            entries.forEach(e -> days.add(e.date()));
            stats.add(new ExerciseStats(id, bundle.exercise(id).map(Exercise::title).orElse(id), entries.size(),
                    days.size(), entries.stream().mapToInt(ExerciseLogEntry::painDuring).average().orElse(0),
                    entries.stream().mapToInt(ExerciseLogEntry::painDuring).max().orElse(0),
                    (int) entries.stream().filter(e -> e.painDuring() <= MILD_PAIN_MAX).count()));
        });
        stats.sort(Comparator.comparingInt(ExerciseStats::sessions).reversed().thenComparing(ExerciseStats::title));
        return stats;
    }

    /** The exercises done most often with mild pain: what a flare plan suggests trying first. */
    public static List<ExerciseStats> easiest(List<ExerciseStats> all, int limit) {
        return all.stream().filter(s -> s.mildSessions() > 0)
                .sorted(Comparator.comparingInt(ExerciseStats::mildSessions).reversed()
                        .thenComparingDouble(ExerciseStats::meanPainDuring))
                .limit(limit).toList();
    }
}
