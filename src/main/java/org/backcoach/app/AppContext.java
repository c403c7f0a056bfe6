package org.backcoach.app;

import java.time.Clock;
import javafx.scene.Node;
import org.backcoach.content.ActiveContent;
import org.backcoach.content.BundleProblem;
import org.backcoach.print.Printouts;
import org.backcoach.print.SystemPrinter;
import org.backcoach.session.Session;
import org.backcoach.ui.checkin.CheckInView;
import org.backcoach.ui.checkin.CheckInViewModel;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.exercises.ExercisesView;
import org.backcoach.ui.exercises.ExercisesViewModel;
import org.backcoach.ui.guide.GuideView;
import org.backcoach.ui.guide.GuideViewModel;
import org.backcoach.ui.print.PrintView;
import org.backcoach.ui.print.PrintViewModel;
import org.backcoach.ui.progress.ProgressView;
import org.backcoach.ui.progress.ProgressViewModel;
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

    /** The OS print dialog is modal and blocks its thread, so it gets its own, not the journal's. */
    private static final java.util.concurrent.Executor PRINT_DIALOG_THREAD =
            java.util.concurrent.Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "backcoach-print-dialog");
                thread.setDaemon(true);
                return thread;
            });

    private final Session session;
    private final Async async;
    private final Messages messages;
    private final Clock clock;
    private final MainViewModel main = new MainViewModel();
    private final TodayViewModel today;
    private final CheckInViewModel checkIn;
    private final ProgressViewModel progress;
    private final PrintViewModel print;
    private Runnable onContentChanged = () -> { };

    public AppContext(Session session, Async async, Messages messages, Clock clock) {
        this.session = session;
        this.async = async;
        this.messages = messages;
        this.clock = clock;
        today = new TodayViewModel(session.journal(), session.bundle(), async, messages, clock);
        checkIn = new CheckInViewModel(session.journal(), session.bundle(), async, messages, clock);
        progress = new ProgressViewModel(session.journal(), async, messages);
        print = new PrintViewModel(Printouts.of(session, messages.locale()), new SystemPrinter(), async,
                async.withBackground(PRINT_DIALOG_THREAD), messages);
        today.setOnCheckInRequested(() -> main.open(Page.CHECK_IN));
        main.onShow(Page.TODAY, today::refresh);
        main.onShow(Page.CHECK_IN, () -> checkIn.load(checkIn.dateProperty().get()));
        main.onShow(Page.PROGRESS, progress::refresh);
        main.onShow(Page.PRINT, print::load);
        ActiveContent content = session.content();
        if (content.fellBack()) {
            main.showNotice(messages.get("notice.bundleFallback"), String.join("\n",
                    content.problems().stream().map(BundleProblem::toString).toList()));
        }
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
            case PRINT -> new PrintView(print, messages);
            case SETTINGS -> settingsView();
        };
    }

    private Node settingsView() {
        SettingsViewModel settings = new SettingsViewModel(session.settingsStore(), session.settingsStore().load(),
                session.library(), session.content(), session.folder().toString(), async, messages);
        settings.setOnContentChanged(() -> onContentChanged.run());
        return new SettingsView(settings, messages);
    }
}
