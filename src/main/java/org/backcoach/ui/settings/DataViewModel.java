package org.backcoach.ui.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.backcoach.journal.ImportData;
import org.backcoach.journal.ImportPlan;
import org.backcoach.journal.InvalidImportException;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalBackups;
import org.backcoach.journal.JournalExport;
import org.backcoach.journal.JournalImport;
import org.backcoach.journal.JournalSummary;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;

/**
 * Settings → Backups and your data: back up now, restore a backup, export, and import with a
 * preview of what will change. All file work runs off the FX thread; {@code busy} shows it.
 */
public final class DataViewModel {

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper backupInfo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper importPreview = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper importPending = new ReadOnlyBooleanWrapper(false);

    private final Journal journal;
    private final JournalBackups backups;
    private final Async async;
    private final Messages messages;
    private final Clock clock;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter times;
    private ImportData pending;

    public DataViewModel(Journal journal, JournalBackups backups, Async async, Messages messages, Clock clock) {
        this.journal = journal;
        this.backups = backups;
        this.async = async;
        this.messages = messages;
        this.clock = clock;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(messages.locale());
    }

    // Properties
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty backupInfoProperty() { return backupInfo.getReadOnlyProperty(); }
    public ReadOnlyStringProperty importPreviewProperty() { return importPreview.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty importPendingProperty() { return importPending.getReadOnlyProperty(); }

    public Path backupsFolder() {
        return backups.folder();
    }

    // Commands

    public void refreshBackupInfo() {
        async.run(backups::list, list -> backupInfo.set(list.isEmpty() ? messages.get("data.backups.none")
                        : messages.get("data.backups.info", list.size(), JournalBackups.KEEP,
                        list.get(0).takenAt().format(times), backups.folder())),
                error -> backupInfo.set(messages.get("data.failed", error.getMessage())));
    }

    public void backUpNow() {
        work(messages.get("data.working.backup"), () -> {
            JournalBackups.Backup backup = backups.create(journal);
            return messages.get("data.done.backup", backup.file().getFileName());
        });
    }

    /** Replaces the journal with {@code file}; the current journal is renamed and kept. */
    public void restore(Path file) {
        work(messages.get("data.working.restore", file.getFileName()), () -> {
            Path aside = journal.maintenance().replaceWith(file);
            JournalSummary now = journal.maintenance().summary();
            return messages.get("data.done.restore", file.getFileName(), now.checkIns(), aside.getFileName());
        });
    }

    public void exportJson(Path file) {
        work(messages.get("data.working.export"), () -> {
            io(() -> new JournalExport(clock).writeJson(journal.contents(), file));
            return messages.get("data.done.export", file);
        });
    }

    public void exportCsv(Path folder) {
        work(messages.get("data.working.export"), () -> {
            io(() -> new JournalExport(clock).writeCsv(journal.contents(), folder));
            return messages.get("data.done.export", folder);
        });
    }

    /** Reads the file and shows what importing it would change; nothing changes until {@link #applyImport()}. */
    public void previewImport(Path file) {
        cancelImport();
        busy.set(true);
        status.set(messages.get("data.working.read", file.getFileName()));
        async.run(() -> {
            try {
                ImportData data = JournalImport.read(file);
                return new Preview(data, JournalImport.plan(journal, data), List.of());
            } catch (InvalidImportException e) {
                return new Preview(null, null, e.problems());
            }
        }, preview -> {
            busy.set(false);
            if (preview.plan() == null) {
                status.set(messages.get("data.import.refused", file.getFileName(), preview.problems().size()));
                importPreview.set(String.join("\n", preview.problems()));
            } else if (preview.plan().changesNothing()) {
                status.set(messages.get("data.import.nothing", file.getFileName()));
            } else {
                pending = preview.data();
                importPending.set(true);
                status.set(messages.get("data.import.review", file.getFileName()));
                importPreview.set(describe(preview.plan()));
            }
        }, this::fail);
    }

    /** Backs up, then imports what the preview showed (worked out again, in case the journal changed). */
    public void applyImport() {
        ImportData data = pending;
        if (data == null) {
            return;
        }
        cancelImport();
        work(messages.get("data.working.import", data.checkIns().size()), () -> {
            JournalBackups.Backup backup = backups.create(journal);
            try {
                ImportPlan done = JournalImport.apply(journal, data);
                return messages.get("data.done.import", done.added().size(), done.replaced().size(),
                        done.exercisesAdded().size() + done.exercisesReplaced().size(), backup.file().getFileName());
            } catch (InvalidImportException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    public void cancelImport() {
        pending = null;
        importPending.set(false);
        importPreview.set("");
    }

    String describe(ImportPlan plan) {
        List<String> lines = new ArrayList<>();
        if (!plan.added().isEmpty()) {
            lines.add(messages.get("data.import.added", plan.added().size(), plan.added().get(0).date().format(dates),
                    plan.added().get(plan.added().size() - 1).date().format(dates)));
        }
        if (!plan.replaced().isEmpty()) {
            lines.add(messages.get("data.import.replaced", plan.replaced().size()));
            plan.replaced().forEach(r -> lines.add("    " + r.date().format(dates) + ": " + String.join(", ",
                    r.differences().stream().map(f -> messages.get("checkin.field." + f.name())).toList())));
        }
        lines.add(messages.get("data.import.unchanged", plan.unchanged()));
        lines.add(messages.get("data.import.exercise", plan.exercisesAdded().size(), plan.exercisesReplaced().size(),
                plan.exercisesUnchanged()));
        if (!plan.movementBreaksAdded().isEmpty()) {
            lines.add(messages.get("data.import.breaks", plan.movementBreaksAdded().size()));
        }
        if (!plan.safetyReviewsAdded().isEmpty()) {
            lines.add(messages.get("data.import.reviews", plan.safetyReviewsAdded().size()));
        }
        plan.newEpisodeStart().ifPresent(d -> lines.add(messages.get("data.import.start", d.format(dates))));
        return String.join("\n", lines);
    }

    private record Preview(ImportData data, ImportPlan plan, List<String> problems) {
    }

    private void work(String working, Supplier<String> job) {
        busy.set(true);
        status.set(working);
        async.run(job, done -> {
            busy.set(false);
            status.set(done);
            refreshBackupInfo();
        }, this::fail);
    }

    private void fail(Throwable error) {
        busy.set(false);
        status.set(messages.get("data.failed", error.getMessage()));
        refreshBackupInfo();
    }

    private interface IoWork {
        void run() throws IOException;
    }

    private static void io(IoWork work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
