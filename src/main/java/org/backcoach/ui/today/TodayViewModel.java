package org.backcoach.ui.today;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backcoach.coach.Coach;
import org.backcoach.coach.PlannedExercise;
import org.backcoach.coach.TodayPlan;
import org.backcoach.content.Bundle;
import org.backcoach.content.MovementGoal;
import org.backcoach.content.RedFlag;
import org.backcoach.content.Step;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.Journal;
import org.backcoach.journal.SafetyReview;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;

/**
 * Today's plan: the phase and why, 3–6 exercises, the movement goal, the steps that matter now,
 * the check-in status, and the red-flag stop that withholds the exercises.
 */
public final class TodayViewModel {

    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checkInDone = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper checkInStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastCheckIn = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper phaseTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper phaseNumber = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper phaseSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper movementGoal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper movementTip = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper redFlagStop = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper screeningNeeded = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<PlannedExercise> exercises = FXCollections.observableArrayList();
    private final ObservableList<String> focus = FXCollections.observableArrayList();
    private final ObservableList<Step> steps = FXCollections.observableArrayList();
    private final ObservableList<RedFlag> raisedRedFlags = FXCollections.observableArrayList();
    // Read-only views made once: a wrapper made per call could be collected along with its listeners.
    private final ObservableList<PlannedExercise> exercisesView = FXCollections.unmodifiableObservableList(exercises);
    private final ObservableList<String> focusView = FXCollections.unmodifiableObservableList(focus);
    private final ObservableList<Step> stepsView = FXCollections.unmodifiableObservableList(steps);
    private final ObservableList<RedFlag> raisedView = FXCollections.unmodifiableObservableList(raisedRedFlags);

    private final Journal journal;
    private final Bundle bundle;
    private final Coach coach;
    private final Async async;
    private final Messages messages;
    private final Clock clock;
    private TodayPlan plan;
    private Runnable onCheckInRequested = () -> { };
    private Runnable onScreeningRequested = () -> { };
    private Consumer<List<PlannedExercise>> onPlayerRequested = list -> { };

    public TodayViewModel(Journal journal, Bundle bundle, Async async, Messages messages, Clock clock) {
        this.journal = journal;
        this.bundle = bundle;
        this.coach = new Coach(bundle);
        this.async = async;
        this.messages = messages;
        this.clock = clock;
    }

    // Properties
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty checkInDoneProperty() { return checkInDone.getReadOnlyProperty(); }
    public ReadOnlyStringProperty checkInStatusProperty() { return checkInStatus.getReadOnlyProperty(); }
    public ReadOnlyStringProperty lastCheckInProperty() { return lastCheckIn.getReadOnlyProperty(); }
    public ReadOnlyStringProperty phaseTitleProperty() { return phaseTitle.getReadOnlyProperty(); }
    public ReadOnlyStringProperty phaseNumberProperty() { return phaseNumber.getReadOnlyProperty(); }
    public ReadOnlyStringProperty phaseSummaryProperty() { return phaseSummary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty reasonProperty() { return reason.getReadOnlyProperty(); }
    public ReadOnlyStringProperty movementGoalProperty() { return movementGoal.getReadOnlyProperty(); }
    public ReadOnlyStringProperty movementTipProperty() { return movementTip.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty redFlagStopProperty() { return redFlagStop.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty screeningNeededProperty() { return screeningNeeded.getReadOnlyProperty(); }
    public ObservableList<PlannedExercise> exercises() { return exercisesView; }
    public ObservableList<String> focus() { return focusView; }
    public ObservableList<Step> steps() { return stepsView; }
    public ObservableList<RedFlag> raisedRedFlags() { return raisedView; }

    public Bundle bundle() {
        return bundle;
    }

    public void setOnCheckInRequested(Runnable action) {
        this.onCheckInRequested = action;
    }

    public void setOnScreeningRequested(Runnable action) {
        this.onScreeningRequested = action;
    }

    /** Where "start" hands the chosen exercises: the app opens the player with them. */
    public void setOnPlayerRequested(Consumer<List<PlannedExercise>> action) {
        this.onPlayerRequested = action;
    }

    // Commands

    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        heading.set(messages.get("today.heading", format(today, FormatStyle.FULL)));
        async.run(() -> new Loaded(coach.plan(journal, today), journal.latest()), this::show,
                error -> status.set(messages.get("today.loadFailed", error.getMessage())));
    }

    public void requestCheckIn() {
        onCheckInRequested.run();
    }

    public void requestScreening() {
        onScreeningRequested.run();
    }

    /** Starts today's exercises; the safety questions come first if they were never answered. */
    public void startExercises() {
        start(plan == null ? List.of() : plan.exercises());
    }

    /** A two-minute movement break made of today's exercises. */
    public void startMicroRoutine() {
        start(plan == null ? List.of() : plan.microRoutine());
    }

    /** The person confirms they have sought care for today's red-flag answers; the plan comes back. */
    public void confirmSoughtCare() {
        if (plan == null || !plan.redFlagStop()) {
            return;
        }
        SafetyReview review = SafetyReview.soughtCare(LocalDateTime.now(clock), plan.redFlags().yesIds());
        async.run(() -> journal.recordSafetyReview(review), saved -> refresh(),
                error -> status.set(messages.get("today.saveFailed", error.getMessage())));
    }

    private void start(List<PlannedExercise> chosen) {
        if (screeningNeeded.get()) {
            onScreeningRequested.run();
        } else if (plan != null && plan.playerMayStart(chosen)) {
            onPlayerRequested.accept(chosen);
        }
    }

    private record Loaded(TodayPlan plan, Optional<CheckIn> latest) {
    }

    private void show(Loaded loadedPlan) {
        plan = loadedPlan.plan();
        phaseTitle.set(plan.phase().title());
        phaseNumber.set(messages.get("today.phase.number", plan.phase().number(), bundle.phases().size()));
        phaseSummary.set(plan.phase().summary());
        reason.set(plan.reason());
        redFlagStop.set(plan.redFlagStop());
        raisedRedFlags.setAll(plan.redFlags().raised());
        screeningNeeded.set(!plan.redFlags().screeningDone());
        exercises.setAll(plan.exercises());
        focus.setAll(plan.focus());
        steps.setAll(plan.steps());
        MovementGoal goal = plan.movementGoal();
        movementGoal.set(messages.get("today.goal", goal.walkMinutes().describe(), goal.sittingBreakMinutes().describe()));
        movementTip.set(goal.tip());
        checkInDone.set(plan.checkInDone());
        checkInStatus.set(messages.get(plan.checkInDone() ? "today.checkIn.done" : "today.checkIn.notYet"));
        Optional<CheckIn> latest = loadedPlan.latest();
        lastCheckIn.set(latest.map(c -> messages.get("today.last", format(c.date(), FormatStyle.FULL), c.painNow(),
                        c.painWorst() == null ? "–" : c.painWorst(),
                        c.walkMinutes() == null ? "–" : c.walkMinutes(),
                        c.spasms() == null ? "–" : c.spasms()))
                .orElse(messages.get("today.last.none")));
        status.set("");
    }

    private String format(LocalDate date, FormatStyle style) {
        return date.format(DateTimeFormatter.ofLocalizedDate(style).withLocale(messages.locale()));
    }
}
