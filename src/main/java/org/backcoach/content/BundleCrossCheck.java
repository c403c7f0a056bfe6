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

    /** Device names Windows reserves whatever the extension: "nul.json" would not be a file there. */
    private static final Set<String> RESERVED_FILE_NAMES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3",
            "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7",
            "lpt8", "lpt9");

    private void run(Bundle b) {
        if (RESERVED_FILE_NAMES.contains(b.bundleId())) {
            add("$.bundleId", "'" + b.bundleId() + "' becomes the bundle's file name, and Windows reserves it for a "
                    + "device; choose another id");
        }
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
        unique("progress.firsts", b.progress().firsts(), ProgressRules.DerivedFirst::id, "id");
        ProgressRules.GettingWorse worse = b.progress().gettingWorse();
        if (worse.minCheckIns() > worse.windowDays()) {
            add("$.progress.gettingWorse.minCheckIns", "%d check-ins cannot fit in a window of %d days".formatted(
                    worse.minCheckIns(), worse.windowDays()));
        }

        Set<String> phaseIds = ids(b.phases(), Phase::id);
        Set<String> areaIds = ids(b.areas(), Area::id);
        for (int i = 0; i < b.exercises().size(); i++) {
            Exercise exercise = b.exercises().get(i);
            String at = "$.exercises[" + i + "]";
            references(at + ".phases", exercise.phases(), phaseIds, "phase");
            references(at + ".bodyAreas", exercise.bodyAreas(), areaIds, "body area");
            dose(at + ".dose", exercise.dose());
        }
        for (int i = 0; i < b.redFlags().size(); i++) {
            references("$.redFlags[" + i + "].areas", b.redFlags().get(i).areas(), areaIds, "body area");
        }
        coach(b, phaseIds);
        movementBreak(b.movementBreak());
    }

    /** The coach's rules must point at real phases and steps, and every phase must be reachable and doable. */
    private void coach(Bundle b, Set<String> phaseIds) {
        CoachRules rules = b.coachRules();
        references("$.coachRules.startPhase", List.of(rules.startPhase()), phaseIds, "phase");
        references("$.coachRules.highPainPhaseLimit", List.of(rules.highPainPhaseLimit()), phaseIds, "phase");
        range("$.coachRules.exercisesPerDay", rules.exercisesPerDay());
        if (rules.exercisesPerDay().min() < 1) {
            add("$.coachRules.exercisesPerDay.min", "today's plan needs at least 1 exercise");
        }
        Set<String> stepIds = ids(b.steps(), Step::id);
        int last = b.phases().stream().mapToInt(Phase::number).max().orElse(0);
        for (int i = 0; i < b.phases().size(); i++) {
            Phase phase = b.phases().get(i);
            String at = "$.phases[" + i + "]";
            references(at + ".steps", phase.stepIds(), stepIds, "step");
            range(at + ".movementGoal.walkMinutes", phase.movementGoal().walkMinutes());
            range(at + ".movementGoal.sittingBreakMinutes", phase.movementGoal().sittingBreakMinutes());
            if (phase.number() < last && phase.advance().isEmpty()) {
                add(at, "phase '" + phase.id() + "' is not the last phase, so it needs an 'advance' rule");
            } else if (phase.number() == last && phase.advance().isPresent()) {
                add(at + ".advance", "phase '" + phase.id() + "' is the last phase; there is nothing to advance to");
            }
            long exercises = b.exercises().stream().filter(e -> e.suits(phase.id())).count();
            if (exercises < rules.exercisesPerDay().min()) {
                add(at, "phase '%s' has %d exercise%s; coachRules.exercisesPerDay.min is %d".formatted(
                        phase.id(), exercises, exercises == 1 ? "" : "s", rules.exercisesPerDay().min()));
            }
        }
        unique("spasmFirstAid.steps", b.spasmFirstAid().steps(), SpasmFirstAid.Step::id, "id");
    }

    private void range(String path, IntRange range) {
        if (range.min() > range.max()) {
            add(path, "min (%d) is greater than max (%d)".formatted(range.min(), range.max()));
        }
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
