package org.backcoach.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.Node;
import org.backcoach.content.ActiveContent;
import org.backcoach.content.BundleProblem;
import org.backcoach.journal.JournalRecovery;
import org.backcoach.session.Session;
import org.backcoach.ui.checkin.CheckInView;
import org.backcoach.ui.checkin.CheckInViewModel;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.exercises.ExercisesView;
import org.backcoach.ui.exercises.ExercisesViewModel;
import org.backcoach.ui.guide.GuideView;
import org.backcoach.ui.guide.GuideViewModel;
import org.backcoach.ui.progress.ProgressView;
import org.backcoach.ui.progress.ProgressViewModel;
import org.backcoach.ui.settings.DataSection;
import org.backcoach.ui.settings.DataViewModel;
import org.backcoach.ui.settings.SettingsView;
import org.backcoach.ui.settings.SettingsViewModel;
import org.backcoach.ui.shell.MainView;
import org.backcoach.ui.shell.MainViewModel;
import org.backcoach.ui.shell.Page;
import org.backcoach.ui.today.TodayView;
import org.backcoach.ui.today.TodayViewModel;

/**
 * The one place where the window's parts are wired together by hand: view models get the
 * session's journal and bundle, views get their view models. Screens are built on first visit.
 */
public final class AppContext {

    private final Session session;
    private final Async async;
    private final Messages messages;
    private final Clock clock;
    private final MainViewModel main = new MainViewModel();
    private final TodayViewModel today;
    private final CheckInViewModel checkIn;
    private final ProgressViewModel progress;
    private Runnable onContentChanged = () -> { };

    public AppContext(Session session, Async async, Messages messages, Clock clock) {
        this.session = session;
        this.async = async;
        this.messages = messages;
        this.clock = clock;
        today = new TodayViewModel(session.journal(), session.bundle(), async, messages, clock);
        checkIn = new CheckInViewModel(session.journal(), session.bundle(), async, messages, clock);
        progress = new ProgressViewModel(session.journal(), session.bundle(), async, messages);
        today.setOnCheckInRequested(() -> {
            // The form may still show a past day opened from the history.
            checkIn.dateProperty().set(LocalDate.now(clock));
            main.open(Page.CHECK_IN);
        });
        // History's "Edit this day" opens that day in the check-in form.
        progress.history().setOnEditRequested(day -> {
            checkIn.dateProperty().set(day);
            main.open(Page.CHECK_IN);
        });
        main.onShow(Page.TODAY, today::refresh);
        main.onShow(Page.CHECK_IN, () -> checkIn.load(checkIn.dateProperty().get()));
        main.onShow(Page.PROGRESS, () -> {
            progress.refresh();
            // The daily backup, for a window left open past midnight.
            async.run(session::backupIfDue, backup -> { }, error -> { });
        });
        ActiveContent content = session.content();
        if (content.fellBack()) {
            main.showNotice(messages.get("notice.bundleFallback"), String.join("\n",
                    content.problems().stream().map(BundleProblem::toString).toList()));
        }
        session.recovery().ifPresent(this::showRecovery);
    }

    /** Tells the person, in the window, exactly what happened to a damaged journal at start. */
    private void showRecovery(JournalRecovery.Report report) {
        String restored = report.restoredFrom().map(b -> messages.get("notice.recovered.restored",
                b.file().getFileName(), report.now().checkIns())).orElse(messages.get("notice.recovered.none"));
        main.showNotice(report.restoredFrom().map(b -> messages.get("notice.recovered",
                        b.takenAt().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                .withLocale(messages.locale()))))
                        .orElse(messages.get("notice.recovered.empty")),
                messages.get("notice.recovered.details", report.journal(), report.damage(),
                        report.setAside().getFileName(), restored));
    }

    public MainView mainView() {
        return new MainView(main, messages, this::page);
    }

    public MainViewModel mainViewModel() {
        return main;
    }

    public Session session() {
        return session;
    }

    /** Called when Settings switched the content bundle; the app rebuilds its context. */
    public void setOnContentChanged(Runnable action) {
        this.onContentChanged = action;
    }

    private Node page(Page page) {
        return switch (page) {
            case TODAY -> new TodayView(today, messages);
            case CHECK_IN -> new CheckInView(checkIn, messages);
            case PROGRESS -> new ProgressView(progress, messages);
            case EXERCISES -> new ExercisesView(new ExercisesViewModel(session.bundle()), messages);
            case GUIDE -> new GuideView(new GuideViewModel(session.bundle()), messages);
            case SETTINGS -> settingsView();
        };
    }

    private Node settingsView() {
        SettingsViewModel settings = new SettingsViewModel(session.settingsStore(), session.settingsStore().load(),
                session.library(), session.content(), session.folder().toString(), async, messages);
        settings.setOnContentChanged(() -> onContentChanged.run());
        DataViewModel data = new DataViewModel(session.journal(), session.backups(), async, messages, clock);
        return new SettingsView(settings, messages, new DataSection(data, messages));
    }
}
