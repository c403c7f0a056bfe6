package org.backcoach.content;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A validated content bundle: everything the coach says, with the source each item came from.
 * Immutable; lists keep the author's order, which is also the order shown on screen and in print.
 */
public record Bundle(
        int schemaVersion,
        String bundleId,
        String locale,
        String title,
        String contentVersion,
        SourcedText disclaimer,
        List<SafetyNote> safety,
        List<Area> areas,
        List<Phase> phases,
        List<Step> steps,
        List<Factor> factors,
        List<Exercise> exercises,
        List<Habit> habits,
        List<RedFlag> redFlags,
        List<Milestone> milestones,
        CoachRules coachRules,
        CoachText coachText,
        SpasmFirstAid spasmFirstAid,
        ProgressRules progress,
        MovementBreak movementBreak) {

    public Bundle {
        safety = List.copyOf(safety);
        areas = List.copyOf(areas);
        phases = List.copyOf(phases);
        steps = List.copyOf(steps);
        factors = List.copyOf(factors);
        exercises = List.copyOf(exercises);
        habits = List.copyOf(habits);
        redFlags = List.copyOf(redFlags);
        milestones = List.copyOf(milestones);
    }

    public Optional<Exercise> exercise(String id) {
        return find(exercises, Exercise::id, id);
    }

    public Optional<Factor> factor(String id) {
        return find(factors, Factor::id, id);
    }

    public Optional<RedFlag> redFlag(String id) {
        return find(redFlags, RedFlag::id, id);
    }

    public Optional<Phase> phase(String id) {
        return find(phases, Phase::id, id);
    }

    public Optional<Step> step(String id) {
        return find(steps, Step::id, id);
    }

    public Optional<Area> area(String id) {
        return find(areas, Area::id, id);
    }

    /** Label of a pain area, or the id itself when the bundle has none (never null, never throws). */
    public String areaLabel(String id) {
        return area(id).map(Area::label).orElse(id);
    }

    /** Phases in their numbered order, from acute to prevention. */
    public List<Phase> phasesInOrder() {
        return phases.stream().sorted(java.util.Comparator.comparingInt(Phase::number)).toList();
    }

    /** Red-flag questions that pain in {@code areaId} brings forward, in bundle order. */
    public List<RedFlag> redFlagsForArea(String areaId) {
        return redFlags.stream().filter(f -> f.areas().contains(areaId)).toList();
    }

    /** One-line counts, as printed by {@code backcoach validate-bundle}. */
    public String summary() {
        return "%d steps, %d exercises, %d factors, %d red flags".formatted(
                steps.size(), exercises.size(), factors.size(), redFlags.size());
    }

    private static <T> Optional<T> find(List<T> items, Function<T, String> id, String wanted) {
        return items.stream().filter(item -> id.apply(item).equals(wanted)).findFirst();
    }
}
