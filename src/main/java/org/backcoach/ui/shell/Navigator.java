package org.backcoach.ui.shell;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.backcoach.coach.PlannedExercise;
import org.backcoach.content.RedFlag;

/**
 * The ways from one screen to another. Screens get this instead of each other: Today asks for the
 * check-in form on a day, and the check-in screen answers that route; neither knows the other.
 * Each route is answered once, by the screen that owns where it leads.
 */
public final class Navigator {

    private final MainViewModel main;
    private final List<Runnable> journalListeners = new ArrayList<>();
    private final Map<Flow, Runnable> exercisesKeyInFlow = new EnumMap<>(Flow.class);
    private Consumer<LocalDate> checkInDay = day -> { };
    private Consumer<List<PlannedExercise>> exercises = chosen -> { };
    private Runnable microRoutine = () -> { };
    private Runnable exercisesKey = () -> { };
    private List<RedFlag> alertFlags = List.of();

    public Navigator(MainViewModel main) {
        this.main = main;
        main.setOnExercisesRequested(() -> {
            Flow flow = main.flowProperty().get();
            Runnable inFlow = flow == null ? null : exercisesKeyInFlow.get(flow);
            (inFlow != null ? inFlow : exercisesKey).run();
        });
    }

    // Routes: where a screen can send the person

    public void open(Page page) {
        main.open(page);
    }

    /** The check-in form on {@code day} (today's, or a past day opened from the history). */
    public void openCheckIn(LocalDate day) {
        checkInDay.accept(day);
        main.open(Page.CHECK_IN);
    }

    public void startScreening() {
        main.showFlow(Flow.SCREENING);
    }

    /** The player with these exercises, if the coach allows it now; otherwise Today, which says why. */
    public void startExercises(List<PlannedExercise> chosen) {
        exercises.accept(List.copyOf(chosen));
    }

    /** About two minutes of today's exercises (a movement break), if the coach allows it now. */
    public void startMicroRoutine() {
        microRoutine.run();
    }

    public void showFlow(Flow flow) {
        main.showFlow(flow);
    }

    public void closeFlow() {
        main.closeFlow();
    }

    /** The red-flag card over everything, when any answer was raised; it has to be acknowledged. */
    public void alertRedFlags(List<RedFlag> raised) {
        if (!raised.isEmpty()) {
            alertFlags = List.copyOf(raised);
            main.showModal(Modal.RED_FLAG_ALERT);
        }
    }

    /** The answers the red-flag card shows. */
    public List<RedFlag> alertFlags() {
        return alertFlags;
    }

    public void closeModal() {
        main.closeModal();
    }

    /** Something outside the screen showing wrote to the journal ("Spasm now", a movement break). */
    public void journalChanged() {
        journalListeners.forEach(Runnable::run);
    }

    // Answers: set by the screen that owns where a route leads

    public void answerCheckIn(Consumer<LocalDate> showDay) {
        this.checkInDay = showDay;
    }

    public void answerExercises(Consumer<List<PlannedExercise>> start) {
        this.exercises = start;
    }

    public void answerMicroRoutine(Runnable start) {
        this.microRoutine = start;
    }

    /** What Ctrl+Enter does on the pages: start today's exercises. */
    public void answerExercisesKey(Runnable action) {
        this.exercisesKey = action;
    }

    /** What Ctrl+Enter does while {@code flow} shows instead (the player pauses and resumes). */
    public void answerExercisesKey(Flow flow, Runnable action) {
        exercisesKeyInFlow.put(flow, action);
    }

    public void onJournalChanged(Runnable action) {
        journalListeners.add(action);
    }

    // What shows now

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return main.pageProperty();
    }

    public ReadOnlyObjectProperty<Flow> flowProperty() {
        return main.flowProperty();
    }

    public ReadOnlyObjectProperty<Modal> modalProperty() {
        return main.modalProperty();
    }

    MainViewModel main() {
        return main;
    }
}
