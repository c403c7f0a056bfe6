package org.backcoach.ui.settings;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.backcoach.content.ActiveContent;
import org.backcoach.content.BundleLibrary;
import org.backcoach.content.BundleProblem;
import org.backcoach.settings.Settings;
import org.backcoach.settings.SettingsStore;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;

/** Settings: the person's name for printouts, and which content bundle to use. */
public final class SettingsViewModel {

    private final StringProperty personName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bundleReport = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper contentDescription = new ReadOnlyStringWrapper("");

    private final SettingsStore store;
    private final BundleLibrary library;
    private final ActiveContent content;
    private final Async async;
    private final Messages messages;
    private final String dataFolder;
    private final ReminderSettingsViewModel reminders;
    private Settings settings;
    private Runnable onContentChanged = () -> { };

    public SettingsViewModel(SettingsStore store, Settings settings, BundleLibrary library, ActiveContent content,
                             String dataFolder, Async async, Messages messages) {
        this.store = store;
        this.settings = settings;
        this.library = library;
        this.content = content;
        this.dataFolder = dataFolder;
        this.async = async;
        this.messages = messages;
        this.reminders = new ReminderSettingsViewModel(store, settings.reminders(), content.bundle().movementBreak(),
                async, messages);
        personName.set(settings.personName());
        contentDescription.set(content.isBuiltIn()
                ? messages.get("settings.content.builtIn", content.bundle().title(), content.bundle().contentVersion())
                : messages.get("settings.content.custom", content.bundle().title(), content.origin()));
        if (content.fellBack()) {
            bundleReport.set(messages.get("settings.content.fellBack") + "\n" + report(content.problems()));
        }
    }

    // Properties
    public StringProperty personNameProperty() { return personName; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty bundleReportProperty() { return bundleReport.getReadOnlyProperty(); }
    public ReadOnlyStringProperty contentDescriptionProperty() { return contentDescription.getReadOnlyProperty(); }

    /** The reminders section. */
    public ReminderSettingsViewModel reminders() {
        return reminders;
    }

    public String dataFolder() {
        return dataFolder;
    }

    public boolean usingBuiltIn() {
        return content.isBuiltIn() && settings.bundleFile().isEmpty();
    }

    /** Called after a bundle change is saved, so the app can reload with the new content. */
    public void setOnContentChanged(Runnable action) {
        this.onContentChanged = action;
    }

    // Commands
    public void saveName() {
        if (personName.get().strip().equals(settings.personName())) {
            return;
        }
        String name = personName.get();
        async.run(() -> update(s -> s.withPersonName(name)), saved -> {
            settings = saved;
            status.set(messages.get("settings.name.saved"));
        }, error -> status.set(messages.get("settings.saveFailed", error.getMessage())));
    }

    /** Validates the file, copies it into the data folder and switches to it. */
    public void useBundle(Path file) {
        status.set(messages.get("settings.content.checking", file.getFileName()));
        bundleReport.set("");
        async.run(() -> {
            BundleLibrary.Installation installation = library.install(file);
            installation.fileName().ifPresent(name -> update(s -> s.withBundleFile(Optional.of(name))));
            return installation;
        }, installation -> {
            if (installation.fileName().isPresent()) {
                settings = settings.withBundleFile(installation.fileName());
                status.set(messages.get("settings.content.installed", file.getFileName()));
                onContentChanged.run();
            } else {
                status.set(messages.get("settings.content.refused", file.getFileName(), installation.problems().size()));
                bundleReport.set(report(installation.problems()));
            }
        }, error -> status.set(messages.get("settings.saveFailed", error.getMessage())));
    }

    public void useBuiltIn() {
        async.run(() -> update(s -> s.withBundleFile(Optional.empty())), saved -> {
            settings = saved;
            status.set(messages.get("settings.content.reset"));
            onContentChanged.run();
        }, error -> status.set(messages.get("settings.saveFailed", error.getMessage())));
    }

    /** Changes one setting on top of what is on disk, keeping what other screens saved meanwhile. */
    private Settings update(java.util.function.UnaryOperator<Settings> change) {
        try {
            return store.update(change);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String report(java.util.List<BundleProblem> problems) {
        return String.join("\n", problems.stream().map(BundleProblem::toString).toList());
    }
}
