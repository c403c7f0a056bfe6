package org.backcoach.coach;

import java.util.ArrayList;
import java.util.List;
import org.backcoach.coach.ExercisePlayer.Side;
import org.backcoach.coach.ExercisePlayer.Stage;
import org.backcoach.content.Dose;

/**
 * One timed part of an exercise in the player: get ready, work (one set on one side) or rest.
 * {@code set} and {@code side} name the work the segment belongs to or leads into.
 */
record Segment(Stage stage, int set, Side side, int seconds) {

    /**
     * The timeline of one exercise: a get-ready countdown, then per set the work on each side (a
     * short get-ready before the right side), with a rest between sets. Reps are paced at
     * {@code secondsPerRep}; holds and timed work use the low end of the dose.
     */
    static List<Segment> of(PlannedExercise exercise, int secondsPerRep) {
        Dose dose = exercise.dose();
        int workSeconds = dose.type() == Dose.Type.REPS ? exercise.target() * secondsPerRep : exercise.target();
        List<Side> sides = dose.eachSide() ? List.of(Side.LEFT, Side.RIGHT) : List.of(Side.NONE);
        List<Segment> list = new ArrayList<>();
        list.add(new Segment(Stage.GET_READY, 1, sides.get(0), ExercisePlayer.GET_READY_SECONDS));
        for (int set = 1; set <= exercise.sets(); set++) {
            for (Side side : sides) {
                if (side == Side.RIGHT) {
                    list.add(new Segment(Stage.GET_READY, set, side, ExercisePlayer.GET_READY_SECONDS));
                }
                list.add(new Segment(Stage.WORK, set, side, workSeconds));
            }
            if (set < exercise.sets() && dose.restSeconds() > 0) {
                list.add(new Segment(Stage.REST, set + 1, sides.get(0), dose.restSeconds()));
            }
        }
        return list;
    }
}
