package org.backcoach.coach;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.backcoach.content.Bundle;
import org.backcoach.content.Exercise;
import org.backcoach.content.Phase;

/**
 * Chooses today's exercises for a phase: all of them when they fit, otherwise a balanced mix
 * (mobility to warm up, a release, then strength) that rotates day by day so the same date
 * always gives the same plan.
 */
final class ExercisePicker {

    /** Which category fills each slot, in turn; six slots give 2 mobility, 3 strength, 1 release. */
    private static final List<Exercise.Category> SLOTS = List.of(Exercise.Category.MOBILITY, Exercise.Category.STRENGTH,
            Exercise.Category.STRENGTH, Exercise.Category.MOBILITY, Exercise.Category.STRENGTH, Exercise.Category.RELEASE);
    /** The order within a session: warm up first, release next, strength last. */
    private static final List<Exercise.Category> SESSION_ORDER = List.of(Exercise.Category.MOBILITY,
            Exercise.Category.RELEASE, Exercise.Category.STRENGTH);

    private final Bundle bundle;

    ExercisePicker(Bundle bundle) {
        this.bundle = bundle;
    }

    List<Exercise> pick(Phase phase, LocalDate day) {
        List<Exercise> candidates = bundle.exercises().stream().filter(e -> e.suits(phase.id())).toList();
        int max = bundle.coachRules().exercisesPerDay().max();
        List<Exercise> chosen = new ArrayList<>();
        if (candidates.size() <= max) {
            chosen.addAll(candidates);
        } else {
            Map<Exercise.Category, Deque<Exercise>> queues = rotatedByCategory(candidates, day);
            for (int slot = 0; chosen.size() < max; slot++) {
                Exercise.Category wanted = SLOTS.get(slot % SLOTS.size());
                Deque<Exercise> queue = queues.get(wanted).isEmpty() ? firstNonEmpty(queues) : queues.get(wanted);
                chosen.add(queue.poll());
            }
        }
        chosen.sort(Comparator.comparingInt(e -> SESSION_ORDER.indexOf(e.category())));
        return chosen;
    }

    private static Map<Exercise.Category, Deque<Exercise>> rotatedByCategory(List<Exercise> candidates, LocalDate day) {
        Map<Exercise.Category, Deque<Exercise>> queues = new EnumMap<>(Exercise.Category.class);
        for (Exercise.Category category : Exercise.Category.values()) {
            List<Exercise> inCategory = candidates.stream().filter(e -> e.category() == category).toList();
            Deque<Exercise> queue = new ArrayDeque<>();
            for (int i = 0; i < inCategory.size(); i++) {
                queue.add(inCategory.get((int) ((day.toEpochDay() + i) % inCategory.size())));
            }
            queues.put(category, queue);
        }
        return queues;
    }

    private static Deque<Exercise> firstNonEmpty(Map<Exercise.Category, Deque<Exercise>> queues) {
        for (Exercise.Category category : SESSION_ORDER) {
            if (!queues.get(category).isEmpty()) {
                return queues.get(category);
            }
        }
        throw new IllegalStateException("fewer candidates than slots");
    }
}
