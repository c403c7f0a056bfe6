package org.backcoach.coach;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backcoach.content.CoachRules;
import org.backcoach.content.Dose;
import org.backcoach.journal.ExerciseLogEntry;

/**
 * The exercise player as a plain state machine driven by a clock. Each exercise is a list of
 * timed segments (get ready, work per set and side, rest), then a pain rating. Nothing here
 * schedules anything: the caller calls {@link #tick()} while {@link #timerRunning()} is true, and
 * time comes only from the injected clock, so tests step through a whole session without sleeping.
 */
public final class ExercisePlayer {

    public static final int GET_READY_SECONDS = 5;
    /** Pressing "previous" later than this into a segment restarts it instead of going back. */
    private static final long RESTART_WINDOW_MILLIS = 2_000;

    public enum Stage { GET_READY, WORK, REST, RATE, TAKE_CARE, FINISHED }

    public enum Side { NONE, LEFT, RIGHT }

    /** Moments worth a sound: work begins, the next rep, work ends, the exercise is done. */
    public enum Cue { GO, REP, REST, DONE }

    private final List<PlannedExercise> exercises;
    private final Clock clock;
    private final int secondsPerRep;
    private final int painThreshold;
    private final List<Cue> cues = new ArrayList<>();
    private final Set<Integer> completedWork = new HashSet<>();

    private int exerciseIndex;
    private List<Segment> segments;
    private int segmentIndex;
    private Stage stage;
    private long segmentStart;
    private long pausedAt;
    private long pausedTotal;
    private boolean paused;
    private int lastRep;
    private boolean stopAfterRating;
    private int logged;

    public ExercisePlayer(List<PlannedExercise> exercises, CoachRules rules, Clock clock) {
        if (exercises.isEmpty()) {
            throw new IllegalArgumentException("the player needs at least one exercise");
        }
        this.exercises = List.copyOf(exercises);
        this.clock = clock;
        this.secondsPerRep = rules.secondsPerRep();
        this.painThreshold = rules.exercisePainStepBack();
        load(0);
    }

    // Reading the state

    public Snapshot snapshot() {
        PlannedExercise exercise = exercises.get(exerciseIndex);
        boolean timed = timedStage();
        Segment segment = timed ? segments.get(segmentIndex) : lastWork();
        long elapsed = timed ? elapsedMillis() : 0;
        int reps = exercise.dose().type() == Dose.Type.REPS ? exercise.target() : 0;
        int rep = stage == Stage.WORK && reps > 0 ? repAt(elapsed, reps) : 0;
        int remaining = timed ? (int) Math.max(0, (segment.seconds() * 1000L - elapsed + 999) / 1000) : 0;
        return new Snapshot(stage, exercise, exerciseIndex + 1, exercises.size(), segment.set(), exercise.sets(),
                segment.side(), rep, reps, remaining, timed ? segment.seconds() : 0, paused, setsDone(), logged);
    }

    /** True while a countdown is running: only then does the caller need to tick. */
    public boolean timerRunning() {
        return timedStage() && !paused;
    }

    public List<PlannedExercise> exercises() {
        return exercises;
    }

    // Commands

    /** Advances by the clock and returns the cues passed since the last call. */
    public List<Cue> tick() {
        long now = clock.millis();
        while (timerRunning()) {
            Segment segment = segments.get(segmentIndex);
            long elapsed = now - segmentStart - pausedTotal;
            if (segment.stage() == Stage.WORK) {
                cueReps(elapsed);
            }
            if (elapsed < segment.seconds() * 1000L) {
                break;
            }
            finishSegment(segmentStart + pausedTotal + segment.seconds() * 1000L);
        }
        return drainCues();
    }

    public void togglePause() {
        if (!timedStage()) {
            return;
        }
        long now = clock.millis();
        if (paused) {
            pausedTotal += now - pausedAt;
            paused = false;
        } else {
            pausedAt = now;
            paused = true;
        }
    }

    /** Right arrow: this segment is done (skip the countdown, end the hold or the reps early). */
    public void next() {
        if (timedStage()) {
            finishSegment(clock.millis());
        }
    }

    /** Left arrow: restart this segment, or go back one when it has only just begun. */
    public void previous() {
        if (!timedStage()) {
            return;
        }
        if (elapsedMillis() < RESTART_WINDOW_MILLIS && segmentIndex > 0) {
            segmentIndex--;
            stage = segments.get(segmentIndex).stage();
        }
        completedWork.remove(segmentIndex);
        startSegment(clock.millis());
    }

    /** Leaves this exercise out (nothing is logged) and moves to the next. */
    public void skipExercise() {
        if (stage != Stage.FINISHED) {
            moveOn();
        }
    }

    /** Ends the session; if some of this exercise was done, its pain rating is asked first. */
    public void stop() {
        switch (stage) {
            case GET_READY, WORK, REST -> {
                if (setsDone() > 0) {
                    stopAfterRating = true;
                    enterRating();
                } else {
                    stage = Stage.FINISHED;
                }
            }
            case RATE -> stopAfterRating = true;
            case TAKE_CARE -> stage = Stage.FINISHED;
            case FINISHED -> { }
        }
    }

    /**
     * Records how much the exercise hurt (0–10) and returns the entry to log. A rating at or above
     * the step-back threshold pauses the session in {@link Stage#TAKE_CARE}.
     */
    public Optional<ExerciseLogEntry> rate(int painDuring) {
        if (stage != Stage.RATE) {
            return Optional.empty();
        }
        PlannedExercise exercise = exercises.get(exerciseIndex);
        boolean reps = exercise.dose().type() == Dose.Type.REPS;
        ExerciseLogEntry entry = new ExerciseLogEntry(exercise.id(), LocalDateTime.now(clock), Math.max(1, setsDone()),
                reps ? exercise.target() : null, reps ? null : exercise.target(), painDuring);
        logged++;
        if (painDuring >= painThreshold && !stopAfterRating && exerciseIndex < exercises.size() - 1) {
            stage = Stage.TAKE_CARE;
        } else {
            moveOn();
        }
        return Optional.of(entry);
    }

    /** Leaves the rating out: nothing is logged for this exercise. */
    public void skipRating() {
        if (stage == Stage.RATE) {
            moveOn();
        }
    }

    /** After a painful exercise, the person chose to carry on gently. */
    public void continueGently() {
        if (stage == Stage.TAKE_CARE) {
            moveOn();
        }
    }

    // Inside

    private void load(int index) {
        exerciseIndex = index;
        segments = Segment.of(exercises.get(index), secondsPerRep);
        segmentIndex = 0;
        completedWork.clear();
        stage = Stage.GET_READY;
        startSegment(clock.millis());
    }

    private void finishSegment(long at) {
        if (stage == Stage.WORK) {
            completedWork.add(segmentIndex);
            cues.add(Cue.REST);
        }
        if (segmentIndex + 1 >= segments.size()) {
            enterRating();
            return;
        }
        segmentIndex++;
        stage = segments.get(segmentIndex).stage();
        startSegment(at);
        if (stage == Stage.WORK) {
            cues.add(Cue.GO);
        }
    }

    private void enterRating() {
        stage = Stage.RATE;
        cues.add(Cue.DONE);
    }

    private void moveOn() {
        if (stopAfterRating || exerciseIndex >= exercises.size() - 1) {
            stage = Stage.FINISHED;
        } else {
            load(exerciseIndex + 1);
        }
    }

    private void startSegment(long at) {
        segmentStart = at;
        pausedTotal = 0;
        pausedAt = at;
        lastRep = 0;
    }

    private void cueReps(long elapsed) {
        PlannedExercise exercise = exercises.get(exerciseIndex);
        if (exercise.dose().type() != Dose.Type.REPS) {
            return;
        }
        int rep = repAt(elapsed, exercise.target());
        if (rep > lastRep) {
            if (lastRep > 0) {
                cues.add(Cue.REP);
            }
            lastRep = rep;
        }
    }

    private int repAt(long elapsed, int reps) {
        return (int) Math.min(reps, elapsed / (secondsPerRep * 1000L) + 1);
    }

    private long elapsedMillis() {
        long now = paused ? pausedAt : clock.millis();
        return now - segmentStart - pausedTotal;
    }

    private boolean timedStage() {
        return stage == Stage.GET_READY || stage == Stage.WORK || stage == Stage.REST;
    }

    /** Sets whose every side was worked through (to the end, or stepped past with "next"). */
    private int setsDone() {
        int done = 0;
        for (int set = 1; set <= exercises.get(exerciseIndex).sets(); set++) {
            boolean all = true;
            boolean any = false;
            for (int i = 0; i < segments.size(); i++) {
                Segment s = segments.get(i);
                if (s.stage() == Stage.WORK && s.set() == set) {
                    any = true;
                    all &= completedWork.contains(i);
                }
            }
            done += any && all ? 1 : 0;
        }
        return done;
    }

    private Segment lastWork() {
        for (int i = segments.size() - 1; i >= 0; i--) {
            if (segments.get(i).stage() == Stage.WORK) {
                return segments.get(i);
            }
        }
        return segments.get(0);
    }

    private List<Cue> drainCues() {
        List<Cue> out = List.copyOf(cues);
        cues.clear();
        return out;
    }

    /**
     * What the player shows. {@code rep}/{@code reps} are 0 unless a reps dose is being worked;
     * {@code remainingSeconds} counts down the current get-ready, work or rest segment.
     */
    public record Snapshot(Stage stage, PlannedExercise exercise, int exerciseNumber, int exerciseCount, int set,
                           int sets, Side side, int rep, int reps, int remainingSeconds, int segmentSeconds,
                           boolean paused, int setsDone, int logged) {
    }
}
