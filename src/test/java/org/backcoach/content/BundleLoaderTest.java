package org.backcoach.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of defect: each must end as a clear problem with a JSON path, never a throw. */
class BundleLoaderTest {

    private final BundleLoader loader = new BundleLoader();

    @TempDir
    Path dir;

    @Test
    void builtInBundleIsValidAndComplete() {
        BundleLoadResult result = loader.loadBuiltIn("en");
        assertThat(result.problems()).isEmpty();
        Bundle bundle = result.bundle().orElseThrow();
        assertThat(bundle.steps()).extracting(Step::id)
                .containsExactly("slow-down", "keep-moving", "posture-and-abs", "full-body-exercise", "related-pains");
        assertThat(bundle.factors()).filteredOn(f -> f.kind() == Factor.Kind.HELPER).extracting(Factor::id)
                .containsExactlyInAnyOrder("walking", "stretching", "heat", "manual-therapy", "acupuncture",
                        "pain-medication", "lying-flat", "position-changes", "rest");
        assertThat(bundle.factors()).filteredOn(f -> f.kind() == Factor.Kind.AGGRAVATOR).extracting(Factor::id)
                .containsExactlyInAnyOrder("long-sitting", "soft-couch", "lifting", "stress", "sugar-alcohol",
                        "poor-sleep", "high-impact");
        assertThat(bundle.exercises()).extracting(Exercise::id).contains("foam-roll-glutes-sacrum",
                "foam-roll-thoracic", "foam-roll-glutes-piriformis", "massage-ball-trigger-points", "cat-cow",
                "childs-pose", "knee-to-chest", "pelvic-tilts", "supine-twist", "plank", "bird-dog", "dead-bug",
                "glute-bridge", "clam-shell", "band-walk");
        assertThat(bundle.habits()).extracting(Habit::id).contains("desk-setup", "movement-breaks", "hydration",
                "anti-inflammatory-eating", "breathing-and-stress");
        assertThat(bundle.redFlags()).extracting(RedFlag::urgency).contains(RedFlag.Urgency.URGENT, RedFlag.Urgency.SOON);
        assertThat(bundle.milestones()).extracting(Milestone::id).containsExactly("stood-straight", "walked-10-min",
                "out-of-bed-unaided", "socks-unaided", "sat-30-min", "slept-through");
        assertThat(bundle.summary()).isEqualTo("5 steps, 15 exercises, 16 factors, 9 red flags");
    }

    @Test
    void everyBuiltInItemNamesASeedOrGuideline() {
        Bundle bundle = loader.loadBuiltIn("en").bundle().orElseThrow();
        List<String> sources = new java.util.ArrayList<>();
        bundle.steps().forEach(s -> sources.add(s.source()));
        bundle.factors().forEach(s -> sources.add(s.source()));
        bundle.exercises().forEach(s -> sources.add(s.source()));
        bundle.habits().forEach(s -> sources.add(s.source()));
        bundle.redFlags().forEach(s -> sources.add(s.source()));
        bundle.safety().forEach(s -> sources.add(s.source()));
        assertThat(sources).allMatch(s -> s.matches("(\\d{3}_[0-9a-f]{16}\\.txt|guideline: .+)(, .+)*"));
        assertThat(bundle.exercises()).allSatisfy(e -> {
            assertThat(e.instructions()).isNotEmpty();
            assertThat(e.cautions()).isNotEmpty();
            assertThat(e.phases()).isNotEmpty();
        });
    }

    @Test
    void emptyFile() throws IOException {
        assertSingleProblem(Files.write(dir.resolve("empty.json"), new byte[0]), "$", "file is empty");
    }

    @Test
    void syntaxErrorGivesLineAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.json"), "{\n  \"schemaVersion\": 1,\n  \"title\": oops\n}");
        BundleLoadResult result = loader.load(file);
        assertThat(result.problems()).hasSize(1);
        BundleProblem problem = result.problems().get(0);
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isGreaterThan(1);
        assertThat(problem.toString()).startsWith(file + ":3:").contains("$: JSON syntax error");
    }

    @Test
    void invalidUtf8() throws IOException {
        byte[] bytes = "{\"title\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertSingleProblem(Files.write(dir.resolve("latin1.json"), bytes), "$", "not valid UTF-8");
    }

    @Test
    void fiftyMegabyteFileIsRefusedWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024);
        }
        assertSingleProblem(file, "$", "at most 5 MB");
    }

    @Test
    void deepNesting() throws IOException {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertSingleProblem(Files.writeString(dir.resolve("deep.json"), "{\"x\": " + deep + "}"), "$", "nesting depth");
    }

    @Test
    void duplicateJsonKey() throws IOException {
        assertSingleProblem(Files.writeString(dir.resolve("dup.json"), "{\"title\": \"a\", \"title\": \"b\"}"),
                "$", "Duplicate field 'title'");
    }

    @Test
    void topLevelMustBeAnObject() throws IOException {
        assertSingleProblem(Files.writeString(dir.resolve("array.json"), "[1, 2]"), "$", "JSON object");
    }

    @Test
    void missingFileAndFolder() {
        assertSingleProblem(dir.resolve("nope.json"), "$", "no such file");
        assertSingleProblem(dir, "$", "is a folder");
    }

    @Test
    void missingRequiredField() {
        assertProblem(tree -> ((ObjectNode) tree.get("exercises").get(2)).remove("dose"),
                "$.exercises[2]", "dose");
    }

    @Test
    void wrongType() {
        assertProblem(tree -> ((ObjectNode) tree.get("exercises").get(0).get("dose")).put("sets", "two"),
                "$.exercises[0].dose.sets", "integer");
    }

    @Test
    void unknownProperty() {
        assertProblem(tree -> ((ObjectNode) tree.get("steps").get(1)).put("colour", "blue"), "$.steps[1]", "colour");
    }

    @Test
    void unknownEnumValue() {
        assertProblem(tree -> ((ObjectNode) tree.get("factors").get(0)).put("kind", "maybe"), "$.factors[0].kind", "enum");
    }

    @Test
    void missingSource() {
        assertProblem(tree -> ((ObjectNode) tree.get("habits").get(0)).remove("source"), "$.habits[0]", "source");
    }

    @Test
    void duplicateId() {
        assertProblem(tree -> ((ObjectNode) tree.get("exercises").get(1)).put("id",
                tree.get("exercises").get(0).get("id").asText()), "$.exercises[1].id", "duplicate id");
    }

    @Test
    void unknownPhaseReference() {
        assertProblem(tree -> ((ArrayNode) tree.get("exercises").get(3).get("phases")).add("moonwalk"),
                "$.exercises[3].phases[", "unknown phase 'moonwalk'");
    }

    @Test
    void unknownBodyAreaReference() {
        assertProblem(tree -> ((ArrayNode) tree.get("exercises").get(0).get("bodyAreas")).set(0, "elbow"),
                "$.exercises[0].bodyAreas[0]", "unknown body area 'elbow'");
    }

    @Test
    void doseOutOfSaneRange() {
        assertProblem(tree -> ((ObjectNode) tree.get("exercises").get(0).get("dose")).put("max", 999),
                "$.exercises[0].dose.max", "outside the sane range");
    }

    @Test
    void doseMinAboveMax() {
        assertProblem(tree -> {
            ObjectNode dose = (ObjectNode) tree.get("exercises").get(4).get("dose");
            dose.put("min", dose.get("max").asInt() + 1);
        }, "$.exercises[4].dose", "greater than max");
    }

    @Test
    void tooManySets() {
        assertProblem(tree -> ((ObjectNode) tree.get("exercises").get(4).get("dose")).put("sets", 40),
                "$.exercises[4].dose.sets", "sane maximum");
    }

    @Test
    void pathTraversalWhereAFileNameIsExpected() {
        assertProblem(tree -> tree.put("bundleId", "../../x"), "$.bundleId", "pattern");
    }

    @Test
    void aDeviceNameWindowsReservesIsNotABundleId() {
        assertProblem(tree -> tree.put("bundleId", "nul"), "$.bundleId", "Windows reserves");
    }

    @Test
    void numbersBeyondAnySensibleValueAreReportedNotThrown() throws IOException {
        // Found by BundleMutationPropertiesTest: 1e400 became Infinity, and the schema validator threw.
        for (String number : List.of("1e400", "-1e400", "99999999999999999999")) {
            String text = new String(BundleFixtures.bytes(BundleFixtures.builtInTree()), StandardCharsets.UTF_8)
                    .replaceFirst("\"restSeconds\" : \\d+", "\"restSeconds\" : " + number);
            assertThat(text).contains(number);
            BundleLoadResult result = loader.parse("huge.json", text.getBytes(StandardCharsets.UTF_8));
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.path()).startsWith("$.exercises[").endsWith(".dose.restSeconds");
                assertThat(p.message()).contains("far outside any sensible value");
            });
        }
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        BundleLoadResult result = loadEdited(tree -> {
            ((ObjectNode) tree.get("exercises").get(0).get("dose")).put("max", 999);
            ((ArrayNode) tree.get("exercises").get(1).get("phases")).add("nowhere");
        });
        assertThat(result.problems()).hasSize(2);
        assertThat(result.report().lines()).hasSize(2).allMatch(line -> line.startsWith("edited.json: $.exercises["));
    }

    @Test
    void theBuiltInMovementBreakFollowsTheGuidanceOfThirtyToSixtyMinutes() {
        MovementBreak reminder = loader.loadBuiltIn("en").bundle().orElseThrow().movementBreak();
        assertThat(reminder.minMinutes()).isEqualTo(30);
        assertThat(reminder.maxMinutes()).isEqualTo(60);
        assertThat(reminder.defaultMinutes()).isEqualTo(45);
        assertThat(reminder.snoozeMinutes()).isEqualTo(10);
        assertThat(reminder.source()).contains("002_892cfdf5fee06ad3.txt");
        assertThat(reminder.clamp(90)).isEqualTo(60);
    }

    @Test
    void movementBreakIsRequiredAndItsRangeMustHoldItsDefault() {
        assertProblem(tree -> tree.remove("movementBreak"), "$", "movementBreak");
        assertProblem(tree -> ((ObjectNode) tree.get("movementBreak")).put("minMinutes", 70),
                "$.movementBreak", "minMinutes (70) is greater than maxMinutes (60)");
        assertProblem(tree -> ((ObjectNode) tree.get("movementBreak")).put("defaultMinutes", 20),
                "$.movementBreak.defaultMinutes", "outside minMinutes–maxMinutes");
        assertProblem(tree -> ((ObjectNode) tree.get("movementBreak")).put("snoozeMinutes", 0),
                "$.movementBreak.snoozeMinutes", "minimum");
    }

    @Test
    void theAppsQuickReadingOfTheBuiltInBundleEqualsTheFullyValidatedOneAndHappensOnce() {
        BundleLoadResult trusted = loader.loadBuiltInTrusted("en");
        assertThat(trusted.bundle()).isEqualTo(loader.loadBuiltIn("en").bundle());
        assertThat(loader.loadBuiltInTrusted("en")).as("parsed once per loader").isSameAs(trusted);
        assertThat(loader.loadBuiltInTrusted("xx").isValid()).isFalse();
    }

    @Test
    void figuresLoadAsShapes() throws Exception {
        BundleLoadResult result = loadEdited(tree -> ((ObjectNode) tree.get("exercises").get(0)).set("figure",
                json("{\"width\": 100, \"height\": 60, \"scene\": [{\"type\": \"line\", \"x1\": 0, \"y1\": 55, "
                        + "\"x2\": 100, \"y2\": 55, \"style\": \"ground\"}], \"start\": [{\"type\": \"circle\", "
                        + "\"cx\": 20, \"cy\": 40, \"r\": 5}], \"end\": [{\"type\": \"arc\", \"cx\": 50, \"cy\": 40, "
                        + "\"r\": 10, \"startAngle\": 0, \"extent\": 180, \"style\": \"motion\"}]}")));
        assertThat(result.problems()).isEmpty();
        Figure figure = result.bundle().orElseThrow().exercises().get(0).figure().orElseThrow();
        assertThat(figure.scene()).containsExactly(new FigureShape.Line(0, 55, 100, 55, FigureShape.Style.GROUND));
        assertThat(figure.start()).containsExactly(new FigureShape.Circle(20, 40, 5, FigureShape.Style.BODY));
        assertThat(figure.hasEndPose()).isTrue();
    }

    @Test
    void aShapeWithTheWrongFieldsIsRefused() {
        assertProblem(tree -> ((ObjectNode) tree.get("exercises").get(0)).set("figure",
                json("{\"width\": 100, \"height\": 60, \"start\": [{\"type\": \"circle\", \"x1\": 3}]}")),
                "$.exercises[0].figure.start[0]", "");
    }

    @Test
    void everyBuiltInExerciseHasAFigureInsideItsBox() {
        Bundle bundle = loader.loadBuiltIn("en").bundle().orElseThrow();
        assertThat(bundle.exercises()).allSatisfy(e -> {
            Figure figure = e.figure().orElseThrow();
            assertThat(figure.start()).as(e.id()).isNotEmpty();
            java.util.stream.Stream.of(figure.scene(), figure.start(), figure.end()).flatMap(List::stream)
                    .forEach(shape -> assertThat(inside(shape, figure)).as(e.id() + ": " + shape).isTrue());
        });
    }

    @Test
    void aFigureIsRequired() {
        assertProblem(tree -> ((ObjectNode) tree.get("exercises").get(5)).remove("figure"), "$.exercises[5]", "figure");
    }

    @Test
    void builtInCoachContentIsComplete() {
        Bundle bundle = loader.loadBuiltIn("en").bundle().orElseThrow();
        assertThat(bundle.phasesInOrder()).extracting(Phase::id).containsExactly("calm", "walk", "strengthen", "full-body");
        assertThat(bundle.phasesInOrder()).allSatisfy(p -> {
            assertThat(p.focus()).isNotEmpty();
            assertThat(p.stepIds()).isNotEmpty();
            assertThat(p.movementGoal().sittingBreakMinutes().min()).isBetween(30, 60);
        });
        assertThat(bundle.phase("full-body").orElseThrow().advance()).isEmpty();
        CoachRules rules = bundle.coachRules();
        assertThat(rules.exercisePainStepBack()).isEqualTo(5);
        assertThat(rules.painRiseStepBack()).isEqualTo(2);
        assertThat(rules.highPain()).isEqualTo(7);
        assertThat(rules.highPainPhaseLimit()).isEqualTo("walk");
        assertThat(rules.exercisesPerDay()).isEqualTo(new IntRange(3, 6));
        assertThat(bundle.coachText().milestones()).containsKeys("stood-straight", "walked-10-min",
                "out-of-bed-unaided", "socks-unaided", "sat-30-min", "slept-through");
        assertThat(bundle.redFlagsForArea("below-knee")).extracting(RedFlag::id)
                .containsExactly("leg-numbness-weakness", "pain-below-knee");
        assertThat(bundle.spasmFirstAid().steps()).extracting(SpasmFirstAid.Step::id)
                .containsExactly("breathe", "get-down", "ease", "tiny-moves");
    }

    @Test
    void coachRulesMustNameARealPhase() {
        assertProblem(tree -> ((ObjectNode) tree.get("coachRules")).put("highPainPhaseLimit", "sprint"),
                "$.coachRules.highPainPhaseLimit", "unknown phase 'sprint'");
    }

    @Test
    void aPhaseMustNameRealSteps() {
        assertProblem(tree -> ((ArrayNode) tree.get("phases").get(1).get("steps")).add("juggle"),
                "$.phases[1].steps[", "unknown step 'juggle'");
    }

    @Test
    void everyPhaseButTheLastNeedsAnAdvanceRule() {
        assertProblem(tree -> ((ObjectNode) tree.get("phases").get(0)).remove("advance"),
                "$.phases[0]", "needs an 'advance' rule");
    }

    @Test
    void aPhaseNeedsEnoughExercisesForADay() {
        assertProblem(tree -> ((ObjectNode) tree.get("coachRules").get("exercisesPerDay")).put("min", 4),
                "$.phases[0]", "coachRules.exercisesPerDay.min is 4");
    }

    @Test
    void anAdvanceRuleNamesKnownMilestones() {
        assertProblem(tree -> ((ArrayNode) tree.get("phases").get(1).get("advance").get("milestonesAll")).add("juggled"),
                "$.phases[1].advance.milestonesAll[2]", "enum");
    }

    @Test
    void aRedFlagAreaMustExist() {
        assertProblem(tree -> ((ObjectNode) tree.get("redFlags").get(0)).set("areas",
                json("[\"elbow\"]")), "$.redFlags[0].areas[0]", "enum");
    }

    /** Lines end, circles and arcs stay (sampled every degree) inside the figure's box. */
    private static boolean inside(FigureShape shape, Figure f) {
        if (shape instanceof FigureShape.Line l) {
            return within(l.x1(), l.y1(), f) && within(l.x2(), l.y2(), f);
        }
        if (shape instanceof FigureShape.Circle c) {
            return within(c.cx() - c.r(), c.cy() - c.r(), f) && within(c.cx() + c.r(), c.cy() + c.r(), f);
        }
        FigureShape.Arc a = (FigureShape.Arc) shape;
        for (int step = 0; step <= Math.abs(a.extent()); step++) {
            double angle = Math.toRadians(a.startAngle() + Math.signum(a.extent()) * step);
            if (!within(a.cx() + a.r() * Math.cos(angle), a.cy() - a.r() * Math.sin(angle), f)) {
                return false;
            }
        }
        return true;
    }

    private static boolean within(double x, double y, Figure f) {
        return x >= 0 && x <= f.width() && y >= 0 && y <= f.height();
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void assertProblem(Consumer<ObjectNode> edit, String pathStart, String messagePart) {
        BundleLoadResult result = loadEdited(edit);
        assertThat(result.isValid()).isFalse();
        assertThat(result.problems())
                .as("problems: %s", result.problems().stream().map(Object::toString).collect(Collectors.joining("\n")))
                .anySatisfy(p -> {
                    assertThat(p.path()).startsWith(pathStart);
                    assertThat(p.message()).containsIgnoringCase(messagePart);
                });
    }

    private BundleLoadResult loadEdited(Consumer<ObjectNode> edit) {
        ObjectNode tree = BundleFixtures.builtInTree();
        edit.accept(tree);
        return loader.parse("edited.json", BundleFixtures.bytes(tree));
    }

    private void assertSingleProblem(Path file, String path, String messagePart) {
        BundleLoadResult result = loader.load(file);
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).path()).isEqualTo(path);
        assertThat(result.problems().get(0).message()).contains(messagePart);
        assertThat(result.problems().get(0).file()).isEqualTo(file.toString());
    }
}
