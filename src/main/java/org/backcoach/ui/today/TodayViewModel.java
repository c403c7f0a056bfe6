package org.backcoach.ui.today;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.backcoach.content.Bundle;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.Journal;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;

/** Today at a glance: whether the check-in is done and how the last one went. */
public final class TodayViewModel {

    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checkInDone = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper checkInStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastCheckIn = new ReadOnlyStringWrapper("");

    private final Journal journal;
    private final Bundle bundle;
    private final Async async;
    private final Messages messages;
    private final Clock clock;
    private Runnable onCheckInRequested = () -> { };

    public TodayViewModel(Journal journal, Bundle bundle, Async async, Messages messages, Clock clock) {
        this.journal = journal;
        this.bundle = bundle;
        this.async = async;
        this.messages = messages;
        this.clock = clock;
    }

    // Properties
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty checkInDoneProperty() { return checkInDone.getReadOnlyProperty(); }
    public ReadOnlyStringProperty checkInStatusProperty() { return checkInStatus.getReadOnlyProperty(); }
    public ReadOnlyStringProperty lastCheckInProperty() { return lastCheckIn.getReadOnlyProperty(); }

    public Bundle bundle() {
        return bundle;
    }

    public void setOnCheckInRequested(Runnable action) {
        this.onCheckInRequested = action;
    }

    // Commands
    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        heading.set(messages.get("today.heading", format(today)));
        async.run(journal::latest, this::show,
                error -> checkInStatus.set(messages.get("today.loadFailed", error.getMessage())));
    }

    public void requestCheckIn() {
        onCheckInRequested.run();
    }

    private void show(Optional<CheckIn> latest) {
        LocalDate today = LocalDate.now(clock);
        boolean done = latest.map(c -> c.date().equals(today)).orElse(false);
        checkInDone.set(done);
        checkInStatus.set(messages.get(done ? "today.checkIn.done" : "today.checkIn.notYet"));
        lastCheckIn.set(latest.map(c -> messages.get("today.last", format(c.date()), c.painNow(),
                        c.painWorst() == null ? "–" : c.painWorst(),
                        c.walkMinutes() == null ? "–" : c.walkMinutes(),
                        c.spasms() == null ? "–" : c.spasms()))
                .orElse(messages.get("today.last.none")));
    }

    private String format(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(messages.locale()));
    }
}
