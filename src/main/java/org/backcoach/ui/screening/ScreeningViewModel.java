package org.backcoach.ui.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.backcoach.content.Bundle;
import org.backcoach.content.RedFlag;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.InvalidCheckInException;
import org.backcoach.journal.Journal;
import org.backcoach.journal.SafetyReview;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;

/**
 * The fuller red-flag screening: pain now, then every red-flag question answered yes or no (no
 * answer is assumed). Saving stores the answers with today's check-in, keeping anything else in
 * it, and records that the screening was done.
 */
public final class ScreeningViewModel {

    private final ObjectProperty<Integer> painNow = new SimpleObjectProperty<>();
    private final Map<String, ObjectProperty<Boolean>> answers = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding complete;

    private final Journal journal;
    private final Bundle bundle;
    private final Async async;
    private final Messages messages;
    private final Clock clock;
    private Optional<CheckIn> existing = Optional.empty();
    private Consumer<List<RedFlag>> onSaved = flags -> { };
    private Runnable onLater = () -> { };

    public ScreeningViewModel(Journal journal, Bundle bundle, Async async, Messages messages, Clock clock) {
        this.journal = journal;
        this.bundle = bundle;
        this.async = async;
        this.messages = messages;
        this.clock = clock;
        bundle.redFlags().forEach(f -> answers.put(f.id(), new SimpleObjectProperty<>()));
        ObservableValue<?>[] all = new ObservableValue<?>[answers.size() + 1];
        int i = 0;
        for (ObjectProperty<Boolean> answer : answers.values()) {
            all[i++] = answer;
        }
        all[i] = painNow;
        complete = Bindings.createBooleanBinding(() -> painNow.get() != null
                && answers.values().stream().allMatch(a -> a.get() != null), all);
    }

    // Properties
    public ObjectProperty<Integer> painNowProperty() { return painNow; }
    /** Yes (true), no (false) or not answered yet (null), per red-flag id. */
    public ObjectProperty<Boolean> answer(String redFlagId) { return answers.get(redFlagId); }
    public BooleanBinding completeProperty() { return complete; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    public List<RedFlag> questions() {
        return bundle.redFlags();
    }

    /** Called with the red flags answered yes (possibly none) once the answers are stored. */
    public void setOnSaved(Consumer<List<RedFlag>> action) {
        this.onSaved = action;
    }

    public void setOnLater(Runnable action) {
        this.onLater = action;
    }

    // Commands

    /** Reads today's check-in so its pain is offered and its other fields are kept on save. */
    public void load() {
        LocalDate today = LocalDate.now(clock);
        async.run(() -> journal.find(today), found -> {
            existing = found;
            found.ifPresent(c -> painNow.set(c.painNow()));
        }, error -> status.set(messages.get("screening.loadFailed", error.getMessage())));
    }

    public void save() {
        if (!complete.get()) {
            status.set(messages.get("screening.incomplete"));
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Set<String> yes = new TreeSet<>();
        answers.forEach((id, answer) -> {
            if (Boolean.TRUE.equals(answer.get())) {
                yes.add(id);
            }
        });
        CheckIn checkIn = existing.filter(c -> c.date().equals(today)).map(CheckIn::toBuilder)
                .orElseGet(() -> CheckIn.on(today, painNow.get()))
                .painNow(painNow.get()).redFlags(yes).build();
        CheckIn valid = checkIn.painWorst() != null && checkIn.painWorst() < checkIn.painNow()
                ? checkIn.toBuilder().painWorst(checkIn.painNow()).build() : checkIn;
        busy.set(true);
        async.run(() -> {
            try {
                journal.save(valid);
            } catch (InvalidCheckInException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            journal.recordSafetyReview(SafetyReview.screening(LocalDateTime.now(clock), yes));
            return yes;
        }, saved -> {
            busy.set(false);
            status.set(messages.get("screening.saved"));
            onSaved.accept(bundle.redFlags().stream().filter(f -> saved.contains(f.id()))
                    .sorted(java.util.Comparator.comparing(RedFlag::urgency)).toList());
        }, error -> {
            busy.set(false);
            status.set(messages.get("screening.saveFailed", error.getMessage()));
        });
    }

    public void later() {
        onLater.run();
    }
}
