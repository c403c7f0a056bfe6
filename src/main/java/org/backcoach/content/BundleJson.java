package org.backcoach.content;

import java.util.List;
import java.util.Locale;

/**
 * The bundle file format as Jackson sees it. Kept package-private and separate from the public
 * records so the file format can evolve without touching the domain. The JSON Schema has already
 * checked types and required fields when these are built.
 */
final class BundleJson {

    private BundleJson() {
    }

    record File(int schemaVersion, String bundleId, String locale, String title, String contentVersion,
                TextJson disclaimer, List<SafetyJson> safety, List<AreaJson> areas, List<PhaseJson> phases,
                List<StepJson> steps, List<FactorJson> factors, List<ExerciseJson> exercises,
                List<HabitJson> habits, List<RedFlagJson> redFlags, List<MilestoneJson> milestones,
                CoachRulesJson coachRules, CoachTextJson coachText, SpasmFirstAidJson spasmFirstAid,
                ProgressJson progress, MovementBreakJson movementBreak) {

        Bundle toBundle() {
            return new Bundle(schemaVersion, bundleId, locale, title, contentVersion,
                    new SourcedText(disclaimer.text(), disclaimer.source()),
                    safety.stream().map(s -> new SafetyNote(s.id(), s.text(), s.source())).toList(),
                    areas.stream().map(a -> new Area(a.id(), a.label(), a.source())).toList(),
                    phases.stream().map(PhaseJson::toPhase).toList(),
                    steps.stream().map(s -> new Step(s.id(), s.number(), s.title(), s.summary(), s.guidance(),
                            s.source())).toList(),
                    factors.stream().map(f -> new Factor(f.id(), enumOf(Factor.Kind.class, f.kind()), f.label(),
                            f.description(), f.source())).toList(),
                    exercises.stream().map(ExerciseJson::toExercise).toList(),
                    habits.stream().map(h -> new Habit(h.id(), h.title(), h.text(), h.source())).toList(),
                    redFlags.stream().map(r -> new RedFlag(r.id(), r.question(),
                            enumOf(RedFlag.Urgency.class, r.urgency()), r.advice(),
                            r.areas() == null ? List.of() : r.areas(), r.source())).toList(),
                    milestones.stream().map(m -> new Milestone(m.id(), m.question(), m.firstTime(), m.source())).toList(),
                    coachRules.toRules(), coachText.toText(), spasmFirstAid.toFirstAid(), progress.toRules(),
                    new MovementBreak(movementBreak.minMinutes(), movementBreak.maxMinutes(), movementBreak.defaultMinutes(),
                            movementBreak.snoozeMinutes(), movementBreak.prompt(), movementBreak.source()));
        }
    }

    record TextJson(String text, String source) {
    }

    record SafetyJson(String id, String text, String source) {
    }

    record AreaJson(String id, String label, String source) {
    }

    record PhaseJson(String id, int number, String title, String summary, List<String> focus, List<String> steps,
                     MovementGoalJson movementGoal, AdvanceJson advance, String source) {
        Phase toPhase() {
            return new Phase(id, number, title, summary, focus, steps, movementGoal.toGoal(),
                    java.util.Optional.ofNullable(advance).map(AdvanceJson::toAdvance), source);
        }
    }

    record RangeJson(int min, int max) {
        IntRange toRange() {
            return new IntRange(min, max);
        }
    }

    record MovementGoalJson(RangeJson walkMinutes, RangeJson sittingBreakMinutes, String tip) {
        MovementGoal toGoal() {
            return new MovementGoal(walkMinutes.toRange(), sittingBreakMinutes.toRange(), tip);
        }
    }

    record AdvanceJson(int painNowAtMost, List<String> milestonesAll, List<String> milestonesAny,
                       int daysInPhaseAtLeast, Integer exerciseDaysAtLeast) {
        PhaseAdvance toAdvance() {
            return new PhaseAdvance(painNowAtMost, orEmpty(milestonesAll), orEmpty(milestonesAny), daysInPhaseAtLeast,
                    exerciseDaysAtLeast == null ? 0 : exerciseDaysAtLeast);
        }
    }

    record CoachRulesJson(String startPhase, int exercisePainStepBack, int painRiseStepBack, int highPain,
                          String highPainPhaseLimit, RangeJson exercisesPerDay, int microRoutineSeconds,
                          int secondsPerRep, String source) {
        CoachRules toRules() {
            return new CoachRules(startPhase, exercisePainStepBack, painRiseStepBack, highPain, highPainPhaseLimit,
                    exercisesPerDay.toRange(), microRoutineSeconds, secondsPerRep, source);
        }
    }

    record CoachTextJson(java.util.Map<String, String> reasons, java.util.Map<String, String> milestones,
                         java.util.Map<String, String> words, String exercisePainKind, String source) {
        CoachText toText() {
            return new CoachText(reasons, milestones, words, exercisePainKind, source);
        }
    }

    record SpasmFirstAidJson(String title, String intro, List<SpasmStepJson> steps, TextJson closing) {
        SpasmFirstAid toFirstAid() {
            return new SpasmFirstAid(title, intro, steps.stream().map(SpasmStepJson::toStep).toList(),
                    new SourcedText(closing.text(), closing.source()));
        }
    }

    record SpasmStepJson(String id, String title, List<String> text, Integer timerSeconds, BreathingJson breathing,
                         String source) {
        SpasmFirstAid.Step toStep() {
            return new SpasmFirstAid.Step(id, title, text, timerSeconds == null ? 0 : timerSeconds,
                    java.util.Optional.ofNullable(breathing).map(b -> new SpasmFirstAid.Breathing(b.inSeconds(), b.outSeconds())),
                    source);
        }
    }

    record BreathingJson(int inSeconds, int outSeconds) {
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    record StepJson(String id, int number, String title, String summary, List<String> guidance, String source) {
    }

    record FactorJson(String id, String kind, String label, String description, String source) {
    }

    record HabitJson(String id, String title, String text, String source) {
    }

    record RedFlagJson(String id, String question, String urgency, String advice, List<String> areas, String source) {
    }

    record MilestoneJson(String id, String question, String firstTime, String source) {
    }

    record ProgressJson(InsightsJson insights, CourseJson course, NotImprovingJson notImproving,
                        GettingWorseJson gettingWorse, List<FirstJson> firsts) {
        ProgressRules toRules() {
            return new ProgressRules(
                    new ProgressRules.Insights(insights.minDaysWith(), insights.minDaysWithout(), insights.minDifference()),
                    new ProgressRules.Course(course.newEpisodeAfterGapDays(), course.compareCheckIns()),
                    new ProgressRules.NotImproving(notImproving.afterDays(), notImproving.minImprovement(),
                            notImproving.title(), notImproving.text(), notImproving.source()),
                    new ProgressRules.GettingWorse(gettingWorse.windowDays(), gettingWorse.minCheckIns(),
                            gettingWorse.minRise(), gettingWorse.title(), gettingWorse.text(), gettingWorse.source()),
                    firsts.stream().map(FirstJson::toFirst).toList());
        }
    }

    record InsightsJson(int minDaysWith, int minDaysWithout, double minDifference) {
    }

    record CourseJson(int newEpisodeAfterGapDays, int compareCheckIns) {
    }

    record NotImprovingJson(int afterDays, double minImprovement, String title, String text, String source) {
    }

    record GettingWorseJson(int windowDays, int minCheckIns, double minRise, String title, String text, String source) {
    }

    record FirstJson(String id, String measure, Integer atMost, Integer atLeast, String firstTime, String source) {
        ProgressRules.DerivedFirst toFirst() {
            return new ProgressRules.DerivedFirst(id, enumOf(ProgressRules.Measure.class, measure),
                    java.util.Optional.ofNullable(atMost), java.util.Optional.ofNullable(atLeast), firstTime, source);
        }
    }

    record MovementBreakJson(int minMinutes, int maxMinutes, int defaultMinutes, int snoozeMinutes, String prompt,
                             String source) {
    }

    record DoseJson(String type, int min, int max, int sets, Boolean eachSide, Integer restSeconds) {
        Dose toDose() {
            return new Dose(enumOf(Dose.Type.class, type), min, max, sets,
                    Boolean.TRUE.equals(eachSide), restSeconds == null ? 20 : restSeconds);
        }
    }

    record ExerciseJson(String id, String title, String category, String summary, List<String> instructions,
                        DoseJson dose, List<String> cautions, List<String> bodyAreas, List<String> muscles,
                        List<String> phases, FigureJson figure, String source) {
        Exercise toExercise() {
            return new Exercise(id, title, enumOf(Exercise.Category.class, category), summary, instructions,
                    dose.toDose(), cautions, bodyAreas, muscles, phases,
                    java.util.Optional.ofNullable(figure).map(FigureJson::toFigure), source);
        }
    }

    record FigureJson(double width, double height, List<ShapeJson> scene, List<ShapeJson> start, List<ShapeJson> end) {
        Figure toFigure() {
            return new Figure(width, height, shapes(scene), shapes(start), shapes(end));
        }

        private static List<FigureShape> shapes(List<ShapeJson> json) {
            return json == null ? List.of() : json.stream().map(ShapeJson::toShape).toList();
        }
    }

    /** All shape kinds in one DTO; the schema's oneOf has already checked which fields go together. */
    record ShapeJson(String type, Double x1, Double y1, Double x2, Double y2, Double cx, Double cy, Double r,
                     Double startAngle, Double extent, String style) {
        FigureShape toShape() {
            FigureShape.Style s = style == null ? FigureShape.Style.BODY : enumOf(FigureShape.Style.class, style);
            return switch (type) {
                case "line" -> new FigureShape.Line(x1, y1, x2, y2, s);
                case "circle" -> new FigureShape.Circle(cx, cy, r, s);
                case "arc" -> new FigureShape.Arc(cx, cy, r, startAngle, extent, s);
                default -> throw new IllegalArgumentException("unknown shape type " + type);
            };
        }
    }

    /** Maps "full-body" style JSON spellings to enum constants; the schema restricts the values. */
    static <E extends Enum<E>> E enumOf(Class<E> type, String jsonValue) {
        return Enum.valueOf(type, jsonValue.replace('-', '_').toUpperCase(Locale.ROOT));
    }
}
