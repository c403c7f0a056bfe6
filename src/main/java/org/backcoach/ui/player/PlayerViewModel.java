package org.backcoach.ui.player;

import java.time.Clock;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.backcoach.coach.Coach;
import org.backcoach.coach.ExercisePlayer;
import org.backcoach.coach.ExercisePlayer.Snapshot;
import org.backcoach.coach.ExercisePlayer.Stage;
import org.backcoach.coach.PlannedExercise;
import org.backcoach.content.Dose;
import org.backcoach.journal.ExerciseLogEntry;
import org.backcoach.journal.InvalidExerciseLogException;
import org.backcoach.journal.Journal;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Chime;
import org.backcoach.ui.common.Messages;

/**
 * The exercise player's screen state, over the clock-driven {@link ExercisePlayer}. The view ticks
 * it only while {@link #timerRunningProperty()} is true; every command refreshes the properties.
 */
public final class PlayerViewModel {

    private final ReadOnlyObjectWrapper<PlannedExercise> exercise = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counter = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timerStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper segmentProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper timerRunning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Integer> painRating = new SimpleObjectProperty<>();
    private final BooleanProperty muted;

    private final ExercisePlayer player;
    private final Coach coach;
    private final Journal journal;
    private final Async async;
    private final Messages messages;
    private final Chime chime;
    private Runnable onClosed = () -> { };

    /**
     * @param muted shared by every player session, so "mute" sticks for the rest of the day
     */
    public PlayerViewModel(List<PlannedExercise> exercises, Coach coach, Journal journal, Async async,
                           Messages messages, Clock clock, Chime chime, BooleanProperty muted) {
        this.player = new ExercisePlayer(exercises, coach.bundle().coachRules(), clock);
        this.coach = coach;
        this.journal = journal;
        this.async = async;
        this.messages = messages;
        this.chime = chime;
        this.muted = muted;
        refresh();
    }

    // Properties
    public ReadOnlyObjectProperty<PlannedExercise> exerciseProperty() { return exercise.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Stage> stageProperty() { return stage.getReadOnlyProperty(); }
    public ReadOnlyStringProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty stageTextProperty() { return stageText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty countdownProperty() { return countdown.getReadOnlyProperty(); }
    public ReadOnlyStringProperty counterProperty() { return counter.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /** The timer in one sentence for a screen reader, e.g. "Hold and breathe, 12 seconds left, set 2 of 3". */
    public ReadOnlyStringProperty timerStatusProperty() { return timerStatus.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty segmentProgressProperty() { return segmentProgress.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty timerRunningProperty() { return timerRunning.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty pausedProperty() { return paused.getReadOnlyProperty(); }
    public ObjectProperty<Integer> painRatingProperty() { return painRating; }
    public BooleanProperty mutedProperty() { return muted; }

    public void setOnClosed(Runnable action) {
        this.onClosed = action;
    }

    // Commands

    /** Called by the view's timeline while a timer runs, and by tests after moving their clock. */
    public void tick() {
        for (ExercisePlayer.Cue cue : player.tick()) {
            if (!muted.get()) {
                chime.play(switch (cue) {
                    case GO -> Chime.Tone.GO;
                    case REP -> Chime.Tone.REP;
                    case REST -> Chime.Tone.REST;
                    case DONE -> Chime.Tone.DONE;
                });
            }
        }
        refresh();
    }

    public void togglePause() {
        player.togglePause();
        tick();
    }

    /** Pauses a running timer (e.g. when "Spasm now" opens); does nothing otherwise. */
    public void pauseIfRunning() {
        if (player.timerRunning()) {
            togglePause();
        }
    }

    public void next() {
        player.next();
        tick();
    }

    public void previous() {
        player.previous();
        tick();
    }

    public void skip() {
        player.skipExercise();
        tick();
    }

    public void stop() {
        player.stop();
        tick();
    }

    /** Logs the exercise with the chosen pain rating; a high rating gets a kind word and a pause. */
    public void logRating() {
        Integer pain = painRating.get();
        if (pain == null || stage.get() != Stage.RATE) {
            return;
        }
        player.rate(pain).ifPresent(this::log);
        painRating.set(null);
        message.set(coach.hurtTooMuch(pain) ? coach.exercisePainMessage(pain)
                : messages.get("player.logged", exercise.get().exercise().title(), pain));
        tick();
    }

    public void skipRating() {
        player.skipRating();
        painRating.set(null);
        message.set("");
        tick();
    }

    public void continueGently() {
        player.continueGently();
        message.set("");
        tick();
    }

    /** Leaves the player: the session ends and nothing keeps ticking. */
    public void close() {
        while (player.snapshot().stage() != Stage.FINISHED) {
            player.skipExercise();
        }
        refresh();
        onClosed.run();
    }

    private void log(ExerciseLogEntry entry) {
        async.run(() -> {
            try {
                return journal.logExercise(entry);
            } catch (InvalidExerciseLogException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }, saved -> { },
                error -> message.set(messages.get("player.logFailed", error.getMessage())));
    }

    private void refresh() {
        Snapshot s = player.snapshot();
        exercise.set(s.exercise());
        stage.set(s.stage());
        timerRunning.set(player.timerRunning());
        paused.set(s.paused());
        progress.set(messages.get("player.progress", s.exerciseNumber(), s.exerciseCount()));
        stageText.set(stageText(s));
        countdown.set(switch (s.stage()) {
            case GET_READY, WORK, REST -> Integer.toString(s.remainingSeconds());
            default -> "";
        });
        segmentProgress.set(s.segmentSeconds() == 0 ? 0 : 1.0 - (double) s.remainingSeconds() / s.segmentSeconds());
        counter.set(counterText(s));
        if (s.stage() == Stage.WORK) {
            message.set("");
        }
        summary.set(s.stage() == Stage.FINISHED ? messages.get("player.finished", s.logged()) : "");
        timerStatus.set(timerStatus(s));
    }

    private String timerStatus(Snapshot s) {
        if (s.stage() != Stage.GET_READY && s.stage() != Stage.WORK && s.stage() != Stage.REST) {
            return stageText.get();
        }
        String doing = s.paused() ? messages.get("player.spoken.paused") : stageText.get();
        String count = s.stage() == Stage.WORK && s.reps() > 0
                ? messages.get("player.spoken.reps", s.rep(), s.reps(), s.set(), s.sets())
                : messages.get("player.spoken.set", s.set(), s.sets());
        return messages.get("player.spoken.timer", doing, s.remainingSeconds(), count);
    }

    private String stageText(Snapshot s) {
        String side = sideText(s.side());
        return switch (s.stage()) {
            case GET_READY -> s.paused() ? messages.get("player.paused") : messages.get("player.getReady", side);
            case WORK -> s.paused() ? messages.get("player.paused") : workText(s, side);
            case REST -> s.paused() ? messages.get("player.paused") : messages.get("player.rest");
            case RATE -> messages.get("player.rate");
            case TAKE_CARE -> messages.get("player.takeCare");
            case FINISHED -> messages.get("player.done");
        };
    }

    private String workText(Snapshot s, String side) {
        Dose.Type type = s.exercise().dose().type();
        String key = type == Dose.Type.REPS ? "player.work.reps" : type == Dose.Type.HOLD ? "player.work.hold" : "player.work.time";
        return messages.get(key, side);
    }

    private String sideText(ExercisePlayer.Side side) {
        return switch (side) {
            case NONE -> "";
            case LEFT -> messages.get("player.side.left");
            case RIGHT -> messages.get("player.side.right");
        };
    }

    private String counterText(Snapshot s) {
        if (s.stage() == Stage.WORK && s.reps() > 0) {
            return messages.get("player.counter.reps", s.rep(), s.reps(), s.set(), s.sets());
        }
        if (s.stage() == Stage.GET_READY || s.stage() == Stage.WORK || s.stage() == Stage.REST) {
            return messages.get("player.counter.set", s.set(), s.sets());
        }
        return "";
    }
}
