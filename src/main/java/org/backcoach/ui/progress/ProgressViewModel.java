package org.backcoach.ui.progress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.Journal;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;

/** Recent check-ins, newest first, with a one-line summary. */
public final class ProgressViewModel {

    static final int DAYS = 30;

    private final ObservableList<CheckIn> checkIns = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final Journal journal;
    private final Async async;
    private final Messages messages;

    public ProgressViewModel(Journal journal, Async async, Messages messages) {
        this.journal = journal;
        this.async = async;
        this.messages = messages;
    }

    public ObservableList<CheckIn> checkIns() {
        return FXCollections.unmodifiableObservableList(checkIns);
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public void refresh() {
        async.run(() -> journal.recent(DAYS), this::show,
                error -> summary.set(messages.get("progress.loadFailed", error.getMessage())));
    }

    private void show(List<CheckIn> recent) {
        List<CheckIn> newestFirst = new ArrayList<>(recent);
        Collections.reverse(newestFirst);
        checkIns.setAll(newestFirst);
        if (recent.isEmpty()) {
            summary.set(messages.get("progress.empty"));
            return;
        }
        double mean = recent.stream().mapToInt(CheckIn::painNow).average().orElse(0);
        summary.set(messages.get("progress.summary", recent.size(), DAYS, mean));
    }
}
