package org.backcoach.app;

import java.time.Clock;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.backcoach.content.ActiveContent;
import org.backcoach.content.BundleProblem;
import org.backcoach.reminders.ReminderKind;
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
import org.backcoach.ui.reminders.ReminderCard;
import org.backcoach.ui.reminders.RemindersViewModel;
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
    private final RemindersViewModel reminders;
    private Runnable onContentChanged = () -> { };

    public AppContext(Session session, Async async, Messages messages, Clock clock) {
        this(session, async, messages, clock, ReminderServices.none());
    }

    public AppContext(Session session, Async async, Messages messages, Clock clock, ReminderServices services) {
        this.session = session;
        this.async = async;
        this.messages = messages;
        this.clock = clock;
        today = new TodayViewModel(session.journal(), session.bundle(), async, messages, clock);
        checkIn = new CheckInViewModel(session.journal(), session.bundle(), async, messages, clock);
        progress = new ProgressViewModel(session.journal(), async, messages);
        today.setOnCheckInRequested(() -> main.open(Page.CHECK_IN));
        main.onShow(Page.TODAY, today::refresh);
        main.onShow(Page.CHECK_IN, () -> checkIn.load(checkIn.dateProperty().get()));
        main.onShow(Page.PROGRESS, progress::refresh);
        reminders = new RemindersViewModel(session.settings().reminders(), session.bundle().movementBreak(),
                session.journal(), services.timer(), services.sound(), async, messages, clock);
        reminders.setOnCheckInRequested(() -> main.open(Page.CHECK_IN));
        // The hook for "a 2-minute routine while you are up". Until the exercise player is wired
        // in here, it opens the exercises.
        reminders.setOnBreakTaken(() -> main.open(Page.EXERCISES));
        reminders.setOnBreakRecorded(() -> {
            if (main.pageProperty().get() == Page.TODAY) {
                today.refresh();
            }
        });
        reminders.start();
        ActiveContent content = session.content();
        if (content.fellBack()) {
            main.showNotice(messages.get("notice.bundleFallback"), String.join("\n",
                    content.problems().stream().map(BundleProblem::toString).toList()));
        }
    }

    public MainView mainView() {
        return new MainView(main, messages, this::page);
    }

    /** The window's content: the main view with the reminder card over it. */
    public Parent root() {
        StackPane root = new StackPane(mainView());
        // The card is built when the first reminder comes: most starts never need it.
        reminders.showingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends ReminderKind> obs, ReminderKind old, ReminderKind kind) {
                if (kind != null) {
                    reminders.showingProperty().removeListener(this);
                    ReminderCard card = new ReminderCard(reminders, messages);
                    root.getChildren().add(card);
                    card.showNow();
                }
            }
        });
        return root;
    }

    public RemindersViewModel reminders() {
        return reminders;
    }

    /** Stops what this context started (the reminder timer); the session is closed by its owner. */
    public void close() {
        reminders.stop();
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
        SettingsViewModel settings = new SettingsViewModel(session.settingsStore(), session.settings(),
                session.library(), session.content(), session.folder().toString(), async, messages);
        settings.setOnContentChanged(() -> onContentChanged.run());
        settings.reminders().setOnChanged(changed -> reminders.apply(changed, session.bundle().movementBreak()));
        return new SettingsView(settings, messages);
    }
}
