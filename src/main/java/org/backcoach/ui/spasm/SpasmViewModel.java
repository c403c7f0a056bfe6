package org.backcoach.ui.spasm;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.backcoach.coach.GentleTimer;
import org.backcoach.coach.SpasmLog;
import org.backcoach.content.Bundle;
import org.backcoach.content.SpasmFirstAid;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.InvalidCheckInException;
import org.backcoach.journal.Journal;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;

/**
 * "Spasm now": the bundle's calm steps one at a time, each timer starting by itself, then an
 * offer to note the spasm (how many, where, pain now) in today's check-in.
 */
public final class SpasmViewModel {

    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper stepNumber = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stepTitle = new ReadOnlyStringWrapper("");
    private final ObservableList<String> stepText = FXCollections.observableArrayList();
    private final ObservableList<String> stepTextView = FXCollections.unmodifiableObservableList(stepText);
    private final ReadOnlyBooleanWrapper closing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasTimer = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper timerRunning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper timerText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper breathing = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper logged = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Integer> spasmCount = new SimpleObjectProperty<>(1);
    private final ObjectProperty<Integer> painNow = new SimpleObjectProperty<>();
    private final ObservableSet<String> areas = FXCollections.observableSet();

    private final SpasmFirstAid flow;
    private final Bundle bundle;
    private final Journal journal;
    private final Async async;
    private final Messages messages;
    private final Clock clock;
    private GentleTimer timer;
    private Runnable onClosed = () -> { };

    public SpasmViewModel(Bundle bundle, Journal journal, Async async, Messages messages, Clock clock) {
        this.flow = bundle.spasmFirstAid();
        this.bundle = bundle;
        this.journal = journal;
        this.async = async;
        this.messages = messages;
        this.clock = clock;
        show(0);
    }

    // Properties
    public ReadOnlyIntegerProperty stepIndexProperty() { return stepIndex.getReadOnlyProperty(); }
    public ReadOnlyStringProperty stepNumberProperty() { return stepNumber.getReadOnlyProperty(); }
    public ReadOnlyStringProperty stepTitleProperty() { return stepTitle.getReadOnlyProperty(); }
    public ObservableList<String> stepText() { return stepTextView; }
    public ReadOnlyBooleanProperty closingProperty() { return closing.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasTimerProperty() { return hasTimer.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty timerRunningProperty() { return timerRunning.getReadOnlyProperty(); }
    public ReadOnlyStringProperty timerTextProperty() { return timerText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty breathingProperty() { return breathing.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loggedProperty() { return logged.getReadOnlyProperty(); }
    public ObjectProperty<Integer> spasmCountProperty() { return spasmCount; }
    public ObjectProperty<Integer> painNowProperty() { return painNow; }
    public ObservableSet<String> areas() { return areas; }

    public SpasmFirstAid flow() {
        return flow;
    }

    public Bundle bundle() {
        return bundle;
    }

    public void setOnClosed(Runnable action) {
        this.onClosed = action;
    }

    // Commands

    public void next() {
        show(stepIndex.get() + 1);
    }

    public void previous() {
        show(Math.max(0, stepIndex.get() - 1));
    }

    public void toggleTimer() {
        if (timer == null) {
            return;
        }
        if (timer.finished()) {
            timer.start();
        } else {
            timer.togglePause();
        }
        tick();
    }

    /** Reads the timer; the view calls it while the timer runs, tests after moving their clock. */
    public void tick() {
        if (timer == null) {
            timerRunning.set(false);
            return;
        }
        int left = timer.remainingSeconds();
        timerText.set(messages.get("spasm.timer", left / 60, String.format("%02d", left % 60)));
        timerRunning.set(timer.running());
        Optional<SpasmFirstAid.Breathing> pace = currentStep().flatMap(SpasmFirstAid.Step::breathing);
        if (timer.finished()) {
            breathing.set(messages.get("spasm.timer.done"));
        } else if (pace.isPresent()) {
            breathing.set(messages.get(timer.breathingIn(pace.get()) ? "spasm.breatheIn" : "spasm.breatheOut",
                    timer.breathSecondsLeft(pace.get())));
        } else {
            breathing.set("");
        }
    }

    /** Adds the spasm to today's check-in, keeping everything already in it. */
    public void logSpasm() {
        if (painNow.get() == null) {
            status.set(messages.get("spasm.log.painNeeded"));
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int count = spasmCount.get() == null ? 1 : Math.max(1, spasmCount.get());
        Set<String> picked = Set.copyOf(areas);
        int pain = painNow.get();
        async.run(() -> {
            CheckIn updated = SpasmLog.addTo(journal.find(today), today, count, picked, pain);
            try {
                return journal.save(updated);
            } catch (InvalidCheckInException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }, saved -> {
            logged.set(true);
            status.set(messages.get("spasm.log.saved", saved.spasms()));
        }, error -> status.set(messages.get("spasm.log.failed", error.getMessage())));
    }

    public void close() {
        timer = null;
        timerRunning.set(false);
        onClosed.run();
    }

    private void show(int index) {
        int last = flow.steps().size();
        int target = Math.min(index, last);
        stepIndex.set(target);
        closing.set(target == last);
        Optional<SpasmFirstAid.Step> step = currentStep();
        stepNumber.set(step.isPresent() ? messages.get("spasm.stepNumber", target + 1, last) : "");
        stepTitle.set(step.map(SpasmFirstAid.Step::title).orElse(messages.get("spasm.closing.title")));
        stepText.setAll(step.map(SpasmFirstAid.Step::text).orElse(java.util.List.of(flow.closing().text())));
        timer = step.filter(SpasmFirstAid.Step::hasTimer).map(s -> new GentleTimer(clock, s.timerSeconds())).orElse(null);
        hasTimer.set(timer != null);
        if (timer != null) {
            timer.start();
        }
        tick();
    }

    private Optional<SpasmFirstAid.Step> currentStep() {
        int index = stepIndex.get();
        return index >= 0 && index < flow.steps().size() ? Optional.of(flow.steps().get(index)) : Optional.empty();
    }
}
