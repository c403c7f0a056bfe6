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
 * it without a running FX toolkit.
 */
public final class CheckInViewModel {

    // Properties: what the form edits. Integers are null while a field is left empty.
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> painNow = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> painWorst = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> stress = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> sleep = new SimpleObjectProperty<>();
    private final StringProperty spasms = new SimpleStringProperty("");
    private final StringProperty walkMinutes = new SimpleStringProperty("");
    private final StringProperty sittingMaxMinutes = new SimpleStringProperty("");
    private final StringProperty movementBreaks = new SimpleStringProperty("");
    private final ObservableSet<String> areas = FXCollections.observableSet();
    private final ObservableSet<String> factors = FXCollections.observableSet();
    private final ObservableSet<String> redFlags = FXCollections.observableSet();
    private final ObservableSet<String> milestones = FXCollections.observableSet();
    private final StringProperty note = new SimpleStringProperty("");

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
        date.set(LocalDate.now(clock));
        date.addListener((obs, old, day) -> {
            if (day != null && !loading.get()) {
                load(day);
            }
        });
    }

    // Properties
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public ObjectProperty<Integer> painNowProperty() { return painNow; }
    public ObjectProperty<Integer> painWorstProperty() { return painWorst; }
    public ObjectProperty<Integer> stressProperty() { return stress; }
    public ObjectProperty<Integer> sleepProperty() { return sleep; }
    public StringProperty spasmsProperty() { return spasms; }
    public StringProperty walkMinutesProperty() { return walkMinutes; }
    public StringProperty sittingMaxMinutesProperty() { return sittingMaxMinutes; }
    public StringProperty movementBreaksProperty() { return movementBreaks; }
    public ObservableSet<String> areas() { return areas; }
    public ObservableSet<String> factors() { return factors; }
    public ObservableSet<String> redFlags() { return redFlags; }
    public ObservableSet<String> milestones() { return milestones; }
    public StringProperty noteProperty() { return note; }
    public ObservableMap<CheckInField, String> errors() { return FXCollections.unmodifiableObservableMap(errors); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty existingEntryProperty() { return existingEntry.getReadOnlyProperty(); }

    public Bundle bundle() {
        return bundle;
    }

    /** The red flags answered yes, most urgent first, for the "seek care" card. */
    public List<RedFlag> raisedRedFlags() {
        return bundle.redFlags().stream().filter(f -> redFlags.contains(f.id()))
                .sorted(java.util.Comparator.comparing(RedFlag::urgency)).toList();
    }

    /** Red-flag questions that the picked pain areas bring forward, in bundle order, without repeats. */
    public List<RedFlag> areaRedFlags() {
        return bundle.redFlags().stream().filter(f -> f.areas().stream().anyMatch(areas::contains)).toList();
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
                found.ifPresentOrElse(this::fill, this::clear);
                // Breaks the reminders counted fill in a count the person has not written yet.
                if (movementBreaks.get().isEmpty() && loaded.breaksLogged() > 0) {
                    movementBreaks.set(Integer.toString(loaded.breaksLogged()));
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
        Integer spasmCount = parse(spasms.get(), CheckInField.SPASMS, parseErrors);
        Integer walked = parse(walkMinutes.get(), CheckInField.WALK_MINUTES, parseErrors);
        Integer sat = parse(sittingMaxMinutes.get(), CheckInField.SITTING_MAX_MINUTES, parseErrors);
        Integer breaks = parse(movementBreaks.get(), CheckInField.MOVEMENT_BREAKS, parseErrors);
        if (painNow.get() == null) {
            parseErrors.put(CheckInField.PAIN_NOW, messages.get("checkin.error.painRequired"));
        }
        if (date.get() == null) {
            parseErrors.put(CheckInField.DATE, messages.get("checkin.error.dateRequired"));
        }
        if (!parseErrors.isEmpty()) {
            refuse(parseErrors);
            return;
        }
        CheckIn checkIn = CheckIn.on(date.get(), painNow.get()).painWorst(painWorst.get()).spasms(spasmCount)
                .areas(Set.copyOf(areas)).walkMinutes(walked).sittingMaxMinutes(sat).movementBreaks(breaks).factors(Set.copyOf(factors))
                .stress(stress.get()).sleep(sleep.get()).redFlags(Set.copyOf(redFlags)).milestones(Set.copyOf(milestones)).note(note.get()).build();
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

    private void fill(CheckIn c) {
        painNow.set(c.painNow());
        painWorst.set(c.painWorst());
        stress.set(c.stress());
        sleep.set(c.sleep());
        spasms.set(text(c.spasms()));
        walkMinutes.set(text(c.walkMinutes()));
        sittingMaxMinutes.set(text(c.sittingMaxMinutes()));
        movementBreaks.set(text(c.movementBreaks()));
        areas.clear();
        areas.addAll(c.areas());
        factors.clear();
        factors.addAll(c.factors());
        redFlags.clear();
        redFlags.addAll(c.redFlags());
        milestones.clear();
        milestones.addAll(c.milestones());
        note.set(c.note());
    }

    private void clear() {
        painNow.set(null);
        painWorst.set(null);
        stress.set(null);
        sleep.set(null);
        spasms.set("");
        walkMinutes.set("");
        sittingMaxMinutes.set("");
        movementBreaks.set("");
        areas.clear();
        factors.clear();
        redFlags.clear();
        milestones.clear();
        note.set("");
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
