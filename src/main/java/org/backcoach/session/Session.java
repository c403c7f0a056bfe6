package org.backcoach.session;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.backcoach.content.ActiveContent;
import org.backcoach.content.Bundle;
import org.backcoach.content.BundleLibrary;
import org.backcoach.content.BundleLoader;
import org.backcoach.content.Exercise;
import org.backcoach.content.Factor;
import org.backcoach.content.RedFlag;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalBackups;
import org.backcoach.journal.JournalException;
import org.backcoach.journal.JournalRecovery;
import org.backcoach.journal.JournalRules;
import org.backcoach.settings.DataFolder;
import org.backcoach.settings.Settings;
import org.backcoach.settings.SettingsStore;

/**
 * One person's data folder, opened: settings, the content bundle in use and the journal. Both the
 * command line and the window start from here, so they always agree on which data they use.
 * The journal opens on first use, so commands that do not need it never touch the file.
 */
public final class Session implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Session.class.getName());

    private final DataFolder folder;
    private final SettingsStore settingsStore;
    private final BundleLibrary library;
    private final Optional<Path> bundleOverride;
    /** Changes only when the person switches the language; the journal stays open meanwhile. */
    private volatile ActiveContent content;
    private volatile String language;
    private final Clock clock;
    private final Settings settings;
    private Journal journal;
    private Optional<JournalRecovery.Report> recovery = Optional.empty();
    private Consumer<JournalRecovery.Report> onRecovered = report -> { };

    private Session(DataFolder folder, SettingsStore settingsStore, Settings settings, BundleLibrary library,
                    Optional<Path> bundleOverride, ActiveContent content, String language, Clock clock) {
        this.folder = folder;
        this.settingsStore = settingsStore;
        this.settings = settings;
        this.library = library;
        this.bundleOverride = bundleOverride;
        this.content = content;
        this.language = language;
        this.clock = clock;
    }

    /**
     * @param bundleOverride a bundle for this run only ({@code --bundle FILE})
     * @param language       language of the built-in bundle, such as "en"
     */
    public static Session open(DataFolder folder, Optional<Path> bundleOverride, Clock clock, String language) {
        SettingsStore settingsStore = new SettingsStore(folder.settingsFile());
        return open(folder, settingsStore, settingsStore.load(), bundleOverride, clock, language, new BundleLoader());
    }

    /**
     * For the window's start, which has read the settings already and may be reading the built-in
     * bundle on another thread through the same {@code loader} (which then parses it only once).
     */
    public static Session open(DataFolder folder, SettingsStore settingsStore, Settings settings,
                               Optional<Path> bundleOverride, Clock clock, String language, BundleLoader loader) {
        BundleLibrary library = new BundleLibrary(loader, folder.bundlesFolder());
        ActiveContent content = library.resolve(bundleOverride, settings.bundleFile(), language);
        return new Session(folder, settingsStore, settings, library, bundleOverride, content, language, clock);
    }

    public DataFolder folder() {
        return folder;
    }

    public SettingsStore settingsStore() {
        return settingsStore;
    }

    /** The settings as they were when the session opened (later changes go through the store). */
    public Settings settings() {
        return settings;
    }

    public BundleLibrary library() {
        return library;
    }

    public ActiveContent content() {
        return content;
    }

    public Bundle bundle() {
        return content.bundle();
    }

    /** The language the built-in content was picked for, such as "de". */
    public String language() {
        return language;
    }

    /**
     * Picks the content again for another language, keeping the journal open: the built-in bundle of
     * that language, unless the person chose a bundle of their own, which still wins. Safe because
     * every built-in language has the same ids (the build checks it), so the journal's rules hold.
     * Reads a file: call it off the FX thread.
     */
    public synchronized ActiveContent useLanguage(String newLanguage) {
        content = library.resolve(bundleOverride, settingsStore.load().bundleFile(), newLanguage);
        language = newLanguage;
        return content;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * Opens the journal on first use. A damaged file is set aside and the newest good backup restored
     * ({@link #recovery()} says so); then the day's automatic backup is made if it is due.
     */
    public synchronized Journal journal() {
        if (journal == null) {
            ensureFolder();
            JournalRecovery.Opened opened = JournalRecovery.open(folder.journalFile(), backups(),
                    rulesFor(bundle(), clock), clock);
            journal = opened.journal();
            recovery = opened.recovery();
            recovery.ifPresent(onRecovered);
            backupIfDue();
        }
        return journal;
    }

    /** The data folder, created owner-only or tightened, before the journal is created or opened in it. */
    private void ensureFolder() {
        try {
            folder.ensureExists();
        } catch (IOException e) {
            throw new JournalException("Cannot use the data folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** What recovery did when this session found the journal damaged at start; empty normally. */
    public synchronized Optional<JournalRecovery.Report> recovery() {
        return recovery;
    }

    /** Told at once if opening the journal had to recover it (the command line prints it). */
    public synchronized void setOnRecovered(Consumer<JournalRecovery.Report> listener) {
        this.onRecovered = listener;
    }

    public JournalBackups backups() {
        return new JournalBackups(folder.backupsFolder(), clock);
    }

    /** The automatic daily backup. A failure is logged and never stops the app from opening. */
    public synchronized Optional<JournalBackups.Backup> backupIfDue() {
        try {
            return backups().createIfDue(journal());
        } catch (JournalException e) {
            LOG.log(Level.WARNING, "the automatic backup failed", e);
            return Optional.empty();
        }
    }

    /** What a check-in may name is defined by the bundle in use. */
    public static JournalRules rulesFor(Bundle bundle, Clock clock) {
        return new JournalRules(
                bundle.factors().stream().map(Factor::id).collect(Collectors.toSet()),
                bundle.redFlags().stream().map(RedFlag::id).collect(Collectors.toSet()),
                bundle.exercises().stream().map(Exercise::id).collect(Collectors.toSet()),
                clock);
    }

    @Override
    public synchronized void close() {
        if (journal != null) {
            journal.close();
            journal = null;
        }
    }
}
