package org.backcoach.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks the schema cannot express: ids are unique, references point at things that exist, and
 * doses lie in sane ranges for their type. Runs on the mapped bundle; paths use list indexes.
 */
final class BundleCrossCheck {

    private final String file;
    private final List<BundleProblem> problems = new ArrayList<>();

    private BundleCrossCheck(String file) {
        this.file = file;
    }

    static List<BundleProblem> check(String file, Bundle bundle) {
        BundleCrossCheck check = new BundleCrossCheck(file);
        check.run(bundle);
        return List.copyOf(check.problems);
    }

    private void run(Bundle b) {
        unique("safety", b.safety(), SafetyNote::id, "id");
        unique("areas", b.areas(), Area::id, "id");
        unique("phases", b.phases(), Phase::id, "id");
        unique("phases", b.phases(), p -> Integer.toString(p.number()), "number");
        unique("steps", b.steps(), Step::id, "id");
        unique("steps", b.steps(), s -> Integer.toString(s.number()), "number");
        unique("factors", b.factors(), Factor::id, "id");
        unique("exercises", b.exercises(), Exercise::id, "id");
        unique("habits", b.habits(), Habit::id, "id");
        unique("redFlags", b.redFlags(), RedFlag::id, "id");
        unique("milestones", b.milestones(), Milestone::id, "id");

        Set<String> phaseIds = ids(b.phases(), Phase::id);
        Set<String> areaIds = ids(b.areas(), Area::id);
        for (int i = 0; i < b.exercises().size(); i++) {
            Exercise exercise = b.exercises().get(i);
            String at = "$.exercises[" + i + "]";
            references(at + ".phases", exercise.phases(), phaseIds, "phase");
            references(at + ".bodyAreas", exercise.bodyAreas(), areaIds, "body area");
            dose(at + ".dose", exercise.dose());
        }
        movementBreak(b.movementBreak());
    }

    private void movementBreak(MovementBreak reminder) {
        if (reminder.minMinutes() > reminder.maxMinutes()) {
            add("$.movementBreak", "minMinutes (%d) is greater than maxMinutes (%d)".formatted(
                    reminder.minMinutes(), reminder.maxMinutes()));
        } else if (reminder.defaultMinutes() != reminder.clamp(reminder.defaultMinutes())) {
            add("$.movementBreak.defaultMinutes", "%d is outside minMinutes–maxMinutes (%d–%d)".formatted(
                    reminder.defaultMinutes(), reminder.minMinutes(), reminder.maxMinutes()));
        }
    }

    private <T> void unique(String list, List<T> items, Function<T, String> key, String field) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = key.apply(items.get(i));
            if (!seen.add(value)) {
                add("$." + list + "[" + i + "]." + field, "duplicate " + field + " '" + value
                        + "'; each " + field + " in " + list + " must be unique");
            }
        }
    }

    private void references(String path, List<String> refs, Set<String> known, String what) {
        for (int i = 0; i < refs.size(); i++) {
            if (!known.contains(refs.get(i))) {
                add(path + "[" + i + "]", "unknown " + what + " '" + refs.get(i) + "'; known: "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    private void dose(String path, Dose dose) {
        int low = Dose.lowestAllowed(dose.type());
        int high = Dose.highestAllowed(dose.type());
        String unit = dose.type() == Dose.Type.REPS ? "reps" : "seconds";
        String type = dose.type().name().toLowerCase(java.util.Locale.ROOT);
        if (dose.min() < low || dose.min() > high) {
            add(path + ".min", "%d %s is outside the sane range %d–%d for a %s dose".formatted(
                    dose.min(), unit, low, high, type));
        }
        if (dose.max() < low || dose.max() > high) {
            add(path + ".max", "%d %s is outside the sane range %d–%d for a %s dose".formatted(
                    dose.max(), unit, low, high, type));
        }
        if (dose.min() > dose.max()) {
            add(path, "min (%d) is greater than max (%d)".formatted(dose.min(), dose.max()));
        }
        if (dose.sets() > Dose.MAX_SETS) {
            add(path + ".sets", "%d sets is more than the sane maximum of %d".formatted(dose.sets(), Dose.MAX_SETS));
        }
        if (dose.restSeconds() > Dose.MAX_REST_SECONDS) {
            add(path + ".restSeconds", "%d s of rest is more than the sane maximum of %d s".formatted(
                    dose.restSeconds(), Dose.MAX_REST_SECONDS));
        }
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        Set<String> ids = new HashSet<>();
        items.forEach(item -> ids.add(id.apply(item)));
        return ids;
    }

    private void add(String path, String message) {
        problems.add(BundleProblem.at(file, path, message));
    }
}
