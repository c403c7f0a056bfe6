package org.backcoach.ui.checkin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import org.backcoach.content.Bundle;
import org.backcoach.content.RedFlag;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.CheckInField;
import org.backcoach.journal.FieldProblem;
import org.backcoach.journal.InvalidCheckInException;
import org.backcoach.journal.Journal;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;

/**
 * The check-in form's state and its two commands, load a day and save it. Plain Java: tests drive
 * it without a running FX toolkit. The form holds one property per field of {@link CheckInField},
 * made, filled, cleared and read by the field's kind, so a new field needs no code here.
 */
public final class CheckInViewModel {

    // Properties: what the form edits, by the field's kind. Scores are null while none is picked;
    // typed numbers stay text until saved, so a typo can be named.
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final Map<CheckInField, ObjectProperty<Integer>> scores = new EnumMap<>(CheckInField.class);
    private final Map<CheckInField, StringProperty> numbers = new EnumMap<>(CheckInField.class);
    private final Map<CheckInField, ObservableSet<String>> itemSets = new EnumMap<>(CheckInField.class);
    private final Map<CheckInField, StringProperty> texts = new EnumMap<>(CheckInField.class);

    // Read-only state for the view.
    private final ObservableMap<CheckInField, String> errors = FXCollections.observableMap(new EnumMap<>(CheckInField.class));
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper existingEntry = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);

    private final Journal journal;
    private final Bundle bundle;
    private final Async async;
    private final Messages messages;
    private final Clock clock;
    private Runnable onSaved = () -> { };

    public CheckInViewModel(Journal journal, Bundle bundle, Async async, Messages messages, Clock clock) {
        this.journal = journal;
        this.bundle = bundle;
        this.async = async;
        this.messages = messages;
        this.clock = clock;
        for (CheckInField field : CheckInField.values()) {
            switch (field.kind()) {
                case SCORE -> scores.put(field, new SimpleObjectProperty<>());
                case NUMBER -> numbers.put(field, new SimpleStringProperty(""));
                case ITEMS -> itemSets.put(field, FXCollections.observableSet());
                case TEXT -> texts.put(field, new SimpleStringProperty(""));
                case DAY -> { } // the date property: it also loads the day
            }
        }
        date.set(LocalDate.now(clock));
        date.addListener((obs, old, day) -> {
            if (day != null && !loading.get()) {
                load(day);
            }
        });
    }

    // Properties
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    /** The picked value of a {@code SCORE} field of the table. */
    public ObjectProperty<Integer> scoreProperty(CheckInField field) { return of(scores, field); }
    /** The typed text of a {@code NUMBER} field. */
    public StringProperty numberProperty(CheckInField field) { return of(numbers, field); }
    /** The ids ticked for an {@code ITEMS} field. */
    public ObservableSet<String> items(CheckInField field) { return of(itemSets, field); }
    /** The text of a {@code TEXT} field. */
    public StringProperty textProperty(CheckInField field) { return of(texts, field); }
    public ObjectProperty<Integer> painNowProperty() { return scoreProperty(CheckInField.PAIN_NOW); }
    public ObjectProperty<Integer> painWorstProperty() { return scoreProperty(CheckInField.PAIN_WORST); }
    public ObjectProperty<Integer> stressProperty() { return scoreProperty(CheckInField.STRESS); }
    public ObjectProperty<Integer> sleepProperty() { return scoreProperty(CheckInField.SLEEP); }
    public StringProperty spasmsProperty() { return numberProperty(CheckInField.SPASMS); }
    public StringProperty walkMinutesProperty() { return numberProperty(CheckInField.WALK_MINUTES); }
    public StringProperty sittingMaxMinutesProperty() { return numberProperty(CheckInField.SITTING_MAX_MINUTES); }
    public StringProperty movementBreaksProperty() { return numberProperty(CheckInField.MOVEMENT_BREAKS); }
    public ObservableSet<String> areas() { return items(CheckInField.AREAS); }
    public ObservableSet<String> factors() { return items(CheckInField.FACTORS); }
    public ObservableSet<String> redFlags() { return items(CheckInField.RED_FLAGS); }
    public ObservableSet<String> milestones() { return items(CheckInField.MILESTONES); }
    public StringProperty noteProperty() { return textProperty(CheckInField.NOTE); }
    public ObservableMap<CheckInField, String> errors() { return FXCollections.unmodifiableObservableMap(errors); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty existingEntryProperty() { return existingEntry.getReadOnlyProperty(); }

    public Bundle bundle() {
        return bundle;
    }

    /** The red flags answered yes, most urgent first, for the "seek care" card. */
    public List<RedFlag> raisedRedFlags() {
        return bundle.redFlags().stream().filter(f -> redFlags().contains(f.id()))
                .sorted(java.util.Comparator.comparing(RedFlag::urgency)).toList();
    }

    /** Red-flag questions that the picked pain areas bring forward, in bundle order, without repeats. */
    public List<RedFlag> areaRedFlags() {
        return bundle.redFlags().stream().filter(f -> f.areas().stream().anyMatch(areas()::contains)).toList();
    }

    public void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved;
    }

    // Commands

    /** Shows the entry saved for {@code day}, or an empty form for a new one. */
    public void load(LocalDate day) {
        busy.set(true);
        async.run(() -> new Day(journal.find(day), journal.movementBreaksLogged(day)), loaded -> {
            busy.set(false);
            loading.set(true);
            Optional<CheckIn> found = loaded.checkIn();
            try {
                date.set(day);
                show(found.orElse(null));
                // Breaks the reminders counted fill in a count the person has not written yet.
                if (movementBreaksProperty().get().isEmpty() && loaded.breaksLogged() > 0) {
                    movementBreaksProperty().set(Integer.toString(loaded.breaksLogged()));
                }
                existingEntry.set(found.isPresent());
                errors.clear();
                status.set(found.isPresent() ? messages.get("checkin.status.loaded", dayText(day)) : "");
            } finally {
                loading.set(false);
            }
        }, error -> {
            busy.set(false);
            status.set(messages.get("checkin.status.loadFailed", error.getMessage()));
        });
    }

    /** Validates and saves; on refusal every bad field gets its own message and nothing is stored. */
    public void save() {
        errors.clear();
        Map<CheckInField, String> parseErrors = new EnumMap<>(CheckInField.class);
        Map<CheckInField, Integer> typed = new EnumMap<>(CheckInField.class);
        numbers.forEach((field, text) -> typed.put(field, parse(text.get(), field, parseErrors)));
        if (painNowProperty().get() == null) {
            parseErrors.put(CheckInField.PAIN_NOW, messages.get("checkin.error.painRequired"));
        }
        if (date.get() == null) {
            parseErrors.put(CheckInField.DATE, messages.get("checkin.error.dateRequired"));
        }
        if (!parseErrors.isEmpty()) {
            refuse(parseErrors);
            return;
        }
        CheckIn.Builder form = CheckIn.on(date.get(), painNowProperty().get());
        scores.forEach((field, score) -> field.set(form, score.get()));
        typed.forEach((field, number) -> field.set(form, number));
        itemSets.forEach((field, ids) -> field.set(form, Set.copyOf(ids)));
        texts.forEach((field, text) -> field.set(form, text.get()));
        CheckIn checkIn = form.build();
        busy.set(true);
        async.run(() -> saveOrProblems(checkIn), problems -> {
            busy.set(false);
            if (problems.isEmpty()) {
                existingEntry.set(true);
                status.set(messages.get("checkin.status.saved", dayText(checkIn.date()),
                        LocalTime.now(clock).format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                                .withLocale(messages.locale()))));
                onSaved.run();
            } else {
                Map<CheckInField, String> byField = new EnumMap<>(CheckInField.class);
                LocalDate today = LocalDate.now(clock);
                problems.forEach(p -> byField.merge(p.field(), CheckInProblemText.of(p, checkIn, today, messages),
                        (a, b) -> a.equals(b) ? a : a + "; " + b));
                refuse(byField);
            }
        }, error -> {
            busy.set(false);
            status.set(messages.get("checkin.status.saveFailed", error.getMessage()));
        });
    }

    private List<FieldProblem> saveOrProblems(CheckIn checkIn) {
        try {
            journal.save(checkIn);
            return List.of();
        } catch (InvalidCheckInException e) {
            return e.problems();
        }
    }

    private void refuse(Map<CheckInField, String> byField) {
        errors.putAll(byField);
        status.set(messages.get("checkin.status.refused", byField.size()));
    }

    private Integer parse(String text, CheckInField field, Map<CheckInField, String> problems) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(trimmed);
        } catch (NumberFormatException e) {
            problems.put(field, messages.get("checkin.error.notANumber", trimmed));
            return null;
        }
    }

    /** Shows a saved check-in, or with null an empty form. */
    private void show(CheckIn c) {
        scores.forEach((field, score) -> score.set(c == null ? null : (Integer) field.get(c)));
        numbers.forEach((field, text) -> text.set(c == null ? "" : text((Integer) field.get(c))));
        itemSets.forEach((field, ids) -> {
            ids.clear();
            if (c != null) {
                ((Set<?>) field.get(c)).forEach(id -> ids.add((String) id));
            }
        });
        texts.forEach((field, text) -> text.set(c == null ? "" : (String) field.get(c)));
    }

    private static <T> T of(Map<CheckInField, T> byField, CheckInField field) {
        T value = byField.get(field);
        if (value == null) {
            throw new IllegalArgumentException(field + " is a " + field.kind() + " field");
        }
        return value;
    }

    /** What loading a day reads: its check-in, if any, and the breaks the reminders logged. */
    private record Day(Optional<CheckIn> checkIn, int breaksLogged) {
    }

    private String dayText(LocalDate day) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale()));
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
