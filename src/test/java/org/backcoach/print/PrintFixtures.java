package org.backcoach.print;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.backcoach.content.Bundle;
import org.backcoach.content.BundleFixtures;
import org.backcoach.content.BundleLoadResult;
import org.backcoach.content.BundleLoader;
import java.util.Set;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.ExerciseLogEntry;
import org.backcoach.journal.InvalidCheckInException;
import org.backcoach.journal.InvalidExerciseLogException;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.settings.PaperSize;

/**
 * Bundles for print tests: the built-in one, and a multilingual one whose first exercises carry
 * accented, Greek and Cyrillic text and real figures (start and end pose, lines, circles, arcs).
 */
public final class PrintFixtures {

    public static final String GREEK_TITLE = "Γέφυρα γλουτών (ήπια)";
    public static final String CYRILLIC_TITLE = "Кошка–корова, медленно";
    public static final String ACCENTED_TITLE = "Étirement doux à genoux : « dos rond » ñ ø ß";
    public static final String GREEK_STEP = "Σηκώστε αργά τη λεκάνη και αναπνεύστε.";
    public static final String CYRILLIC_CAUTION = "Остановитесь, если боль резкая.";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PrintFixtures() {
    }

    public static Bundle builtIn() {
        return BundleFixtures.builtIn();
    }

    public static PrintSetup setup(Bundle bundle, PaperSize paper) {
        return new PrintSetup(bundle, paper, "Ana Müller", JournalFixtures.TODAY);
    }

    public static Bundle multilingual() {
        ObjectNode tree = BundleFixtures.builtInTree();
        ArrayNode exercises = (ArrayNode) tree.get("exercises");
        ObjectNode bridge = exercise(exercises, "glute-bridge");
        bridge.put("title", GREEK_TITLE);
        ((ArrayNode) bridge.get("instructions")).insert(0, GREEK_STEP);
        bridge.set("figure", bridgeFigure());
        ObjectNode catCow = exercise(exercises, "cat-cow");
        catCow.put("title", CYRILLIC_TITLE);
        ((ArrayNode) catCow.get("cautions")).add(CYRILLIC_CAUTION);
        catCow.set("figure", catCowFigure());
        exercise(exercises, "childs-pose").put("title", ACCENTED_TITLE);
        BundleLoadResult result = new BundleLoader().parse("multilingual test bundle", BundleFixtures.bytes(tree));
        return result.bundle().orElseThrow(() -> new IllegalStateException(result.report()));
    }

    private static ObjectNode exercise(ArrayNode exercises, String id) {
        for (var node : exercises) {
            if (node.get("id").asText().equals(id)) {
                return (ObjectNode) node;
            }
        }
        throw new IllegalArgumentException(id);
    }

    /** Lying on the back, knees bent; then hips lifted, with a motion arc. */
    private static ObjectNode bridgeFigure() {
        return json("""
                {"width": 200, "height": 110,
                 "scene": [{"type": "line", "x1": 5, "y1": 100, "x2": 195, "y2": 100, "style": "ground"}],
                 "start": [{"type": "circle", "cx": 30, "cy": 88, "r": 9},
                           {"type": "line", "x1": 40, "y1": 92, "x2": 110, "y2": 94},
                           {"type": "line", "x1": 110, "y1": 94, "x2": 140, "y2": 62},
                           {"type": "line", "x1": 140, "y1": 62, "x2": 160, "y2": 98},
                           {"type": "line", "x1": 60, "y1": 93, "x2": 85, "y2": 99}],
                 "end": [{"type": "circle", "cx": 30, "cy": 88, "r": 9},
                         {"type": "line", "x1": 40, "y1": 92, "x2": 110, "y2": 62},
                         {"type": "line", "x1": 110, "y1": 62, "x2": 140, "y2": 58},
                         {"type": "line", "x1": 140, "y1": 58, "x2": 160, "y2": 98},
                         {"type": "arc", "cx": 105, "cy": 80, "r": 22, "startAngle": 200, "extent": -110, "style": "motion"}]}
                """);
    }

    /** On hands and knees with a rounded back (an arc), a mat as a prop. */
    private static ObjectNode catCowFigure() {
        return json("""
                {"width": 180, "height": 120,
                 "scene": [{"type": "line", "x1": 5, "y1": 110, "x2": 175, "y2": 110, "style": "ground"},
                           {"type": "line", "x1": 20, "y1": 106, "x2": 160, "y2": 106, "style": "prop"}],
                 "start": [{"type": "circle", "cx": 40, "cy": 52, "r": 10},
                           {"type": "arc", "cx": 90, "cy": 75, "r": 40, "startAngle": 30, "extent": 120},
                           {"type": "line", "x1": 55, "y1": 58, "x2": 55, "y2": 104},
                           {"type": "line", "x1": 125, "y1": 58, "x2": 125, "y2": 104},
                           {"type": "line", "x1": 90, "y1": 20, "x2": 90, "y2": 8, "style": "motion"}]}
                """);
    }

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static LocalDate today() {
        return JournalFixtures.TODAY;
    }

    /**
     * Thirty days up to today: pain easing from 7 to about 2, every fourth day missing, two
     * milestones, one red flag answered yes on two days running, notes, and an exercise log.
     */
    public static void fillJournal(Journal journal) {
        LocalDate today = JournalFixtures.TODAY;
        try {
            for (int back = 29; back >= 0; back--) {
                if (back % 4 == 3) {
                    continue;
                }
                LocalDate day = today.minusDays(back);
                int pain = 2 + back / 6;
                CheckIn.Builder checkIn = CheckIn.on(day, pain).painWorst(Math.min(10, pain + 2));
                if (back == 20) {
                    checkIn.milestones(Set.of("stood-straight"));
                }
                if (back <= 12 && back % 2 == 0) {
                    checkIn.milestones(Set.of("walked-10-min"));
                }
                if (back == 25 || back == 24) {
                    checkIn.redFlags(Set.of("night-pain"));
                }
                if (back <= 14) {
                    // Recent days are both walked and less painful, so walking shows as a helper.
                    checkIn.factors(Set.of("walking"));
                }
                if (back % 5 == 0) {
                    checkIn.note("Day " + (30 - back) + ": walked a little, stiff in the morning.");
                }
                journal.save(checkIn.build());
                if (back <= 20) {
                    journal.logExercise(new ExerciseLogEntry("cat-cow", day.atTime(9, 0), 1, 10, null,
                            Math.max(0, pain - 2)));
                }
                if (back <= 10 && back % 2 == 0) {
                    journal.logExercise(new ExerciseLogEntry("glute-bridge", day.atTime(8, 0), 2, 8, null, pain));
                }
            }
        } catch (InvalidCheckInException | InvalidExerciseLogException e) {
            throw new IllegalStateException(e);
        }
    }
}
