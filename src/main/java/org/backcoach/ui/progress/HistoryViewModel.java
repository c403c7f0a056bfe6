package org.backcoach.ui.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backcoach.content.Bundle;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalChange;
import org.backcoach.journal.TrashEntry;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;

/**
 * Every check-in, newest first: view a day, open it in the check-in form, move it to the trash,
 * bring it back, and undo the last change. Filled by {@link ProgressViewModel} with each refresh.
 */
public final class HistoryViewModel {

    /**
     * One line of the history table. Its texts are made when a cell asks for them, so twenty years of
     * days cost nothing until they scroll into view.
     */
    public static final class Row {
        private static final Pattern SPACES = Pattern.compile("\\s+");
        static final int NOTE_EXCERPT = 60;
        static final int FACTORS_EXCERPT = 48;

        /** At most {@code max} characters, cut at a word with "…" when longer. */
        static String excerpt(String text, int max) {
            if (text.codePointCount(0, text.length()) <= max) {
                return text;
            }
            String cut = text.substring(0, text.offsetByCodePoints(0, max - 1));
            int space = cut.lastIndexOf(' ');
            return (space > max / 2 ? cut.substring(0, space) : cut).strip() + "…";
        }
        private final CheckIn checkIn;
        private final Bundle bundle;
        private final ProgressText text;

        Row(CheckIn checkIn, Bundle bundle, ProgressText text) {
            this.checkIn = checkIn;
            this.bundle = bundle;
            this.text = text;
        }

        public LocalDate date() { return checkIn.date(); }
        public String day() { return text.date(checkIn.date()); }
        public String pain() { return checkIn.painNow() + "/10"; }
        public String worst() { return number(checkIn.painWorst()); }
        public String spasms() { return number(checkIn.spasms()); }
        public String walk() { return number(checkIn.walkMinutes()); }
        public String sitting() { return number(checkIn.sittingMaxMinutes()); }
        public String factors() { return excerpt(ProgressText.factorLabels(checkIn, bundle), FACTORS_EXCERPT); }
        /** The note's start on one line; the day's details beside the table show all of it. */
        public String note() { return excerpt(SPACES.matcher(checkIn.note()).replaceAll(" ").strip(), NOTE_EXCERPT); }
    }

    /** One check-in in the trash. */
    public record TrashRow(long id, String text) {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<TrashRow> trash = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private final Journal journal;
    private final Bundle bundle;
    private final Async async;
    private final Messages messages;
    private final ProgressText text;
    private final Map<LocalDate, CheckIn> byDate = new HashMap<>();
    private Consumer<LocalDate> onEditRequested = day -> { };
    private Runnable onJournalChanged = () -> { };

    HistoryViewModel(Journal journal, Bundle bundle, Async async, Messages messages, ProgressText text) {
        this.journal = journal;
        this.bundle = bundle;
        this.async = async;
        this.messages = messages;
        this.text = text;
        selected.addListener((obs, old, day) -> showDetails());
    }

    // Properties
    public ObservableList<Row> rows() { return FXCollections.unmodifiableObservableList(rows); }
    public ObservableList<TrashRow> trash() { return FXCollections.unmodifiableObservableList(trash); }
    /** The day picked in the table; the view writes it, commands act on it. */
    public ObjectProperty<LocalDate> selectedProperty() { return selected; }
    public ReadOnlyStringProperty detailsProperty() { return details.getReadOnlyProperty(); }
    public ReadOnlyStringProperty undoTextProperty() { return undoText.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** Opens a day in the check-in form; ProgressScreen routes it through the Navigator. */
    public void setOnEditRequested(Consumer<LocalDate> action) {
        this.onEditRequested = action;
    }

    void setOnJournalChanged(Runnable action) {
        this.onJournalChanged = action;
    }

    void show(List<CheckIn> all, List<TrashEntry> trashed, Optional<JournalChange> last) {
        byDate.clear();
        List<Row> newestFirst = new ArrayList<>(all.size());
        for (int i = all.size() - 1; i >= 0; i--) {
            CheckIn c = all.get(i);
            byDate.put(c.date(), c);
            newestFirst.add(new Row(c, bundle, text));
        }
        rows.setAll(newestFirst);
        trash.setAll(trashed.stream().map(t -> new TrashRow(t.id(), messages.get("progress.trash.row",
                text.date(t.date()), t.checkIn().painNow(), messages.get("progress.trash.reason." + t.reason().name()),
                text.date(t.trashedAt().toLocalDate())))).toList());
        canUndo.set(last.isPresent());
        undoText.set(last.map(c -> messages.get("progress.undo.last", text.change(c)))
                .orElse(messages.get("progress.undo.nothing")));
        if (selected.get() != null && !byDate.containsKey(selected.get())) {
            selected.set(null);
        }
        showDetails();
    }

    // Commands

    public void edit() {
        if (selected.get() != null) {
            onEditRequested.accept(selected.get());
        }
    }

    /** Moves the selected day to the trash; undo brings it back. */
    public void delete() {
        LocalDate day = selected.get();
        if (day != null) {
            change(() -> journal.history().delete(day) ? messages.get("progress.status.deleted", text.date(day)) : "");
        }
    }

    public void undo() {
        change(() -> journal.history().undo().map(c -> messages.get("progress.status.undone", text.change(c)))
                .orElse(messages.get("progress.undo.nothing")));
    }

    public void restore(long trashId) {
        change(() -> messages.get("progress.status.restored", text.date(journal.history().restore(trashId).date())));
    }

    public void purge(long trashId) {
        change(() -> {
            journal.history().purge(trashId);
            return messages.get("progress.status.purged");
        });
    }

    /** Runs a journal change off the FX thread, then reloads the whole screen so the charts follow. */
    private void change(Supplier<String> work) {
        busy.set(true);
        async.run(work, done -> {
            busy.set(false);
            status.set(done);
            onJournalChanged.run();
        }, error -> {
            busy.set(false);
            status.set(messages.get("progress.status.failed", error.getMessage()));
            onJournalChanged.run();
        });
    }

    private void showDetails() {
        CheckIn day = selected.get() == null ? null : byDate.get(selected.get());
        details.set(day == null ? messages.get("progress.day.none")
                : messages.get("progress.day.title", text.date(day.date())) + "\n" + text.dayDetails(day, bundle));
    }

    private static String number(Integer value) {
        return value == null ? "–" : value.toString();
    }
}
