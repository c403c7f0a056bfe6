package org.backcoach.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.backcoach.coach.Coach;
import org.backcoach.coach.PlannedExercise;
import org.backcoach.content.ActiveContent;
import org.backcoach.content.BundleProblem;
import org.backcoach.print.Printouts;
import org.backcoach.print.SystemPrinter;
import org.backcoach.content.RedFlag;
import org.backcoach.journal.Journal;
import org.backcoach.reminders.ReminderKind;
import org.backcoach.session.Session;
import org.backcoach.ui.checkin.CheckInView;
import org.backcoach.ui.checkin.CheckInViewModel;
import org.backcoach.settings.Settings;
import org.backcoach.ui.common.AppearanceModel;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.SceneAppearance;
import org.backcoach.ui.common.Chime;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.common.RedFlagAlert;
import org.backcoach.ui.exercises.ExercisesView;
import org.backcoach.ui.exercises.ExercisesViewModel;
import org.backcoach.ui.guide.GuideView;
import org.backcoach.ui.guide.GuideViewModel;
import org.backcoach.ui.print.PrintView;
import org.backcoach.ui.print.PrintViewModel;
import org.backcoach.ui.player.PlayerView;
import org.backcoach.ui.player.PlayerViewModel;
import org.backcoach.ui.progress.ProgressView;
import org.backcoach.ui.progress.ProgressViewModel;
import org.backcoach.ui.reminders.ReminderCard;
import org.backcoach.ui.reminders.RemindersViewModel;
import org.backcoach.ui.screening.ScreeningView;
import org.backcoach.ui.screening.ScreeningViewModel;
import org.backcoach.ui.shell.Flow;
import org.backcoach.ui.shell.MainView;
import org.backcoach.ui.shell.MainViewModel;
import org.backcoach.ui.shell.Modal;
import org.backcoach.ui.shell.Page;
import org.backcoach.ui.shell.ShortcutList;
import org.backcoach.ui.shell.ShortcutsView;
import org.backcoach.ui.settings.AppearanceSection;
import org.backcoach.ui.spasm.SpasmView;
import org.backcoach.ui.spasm.SpasmViewModel;
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
    private final RemindersViewModel reminders;
    private final AppearanceModel appearance;
    private Runnable unbindAppearance = () -> { };
    private final Coach coach;
    private final Chime chime;
    private final BooleanProperty muted = new SimpleBooleanProperty(false);
    private Runnable onContentChanged = () -> { };
    private SettingsScreen.Language language = SettingsScreen.Language.followingThisJvm();
    private PrintView.SaveDialog printSaveDialog;
    private PlayerViewModel player;
    private List<RedFlag> alertFlags = List.of();

    /** A context without reminders, as tests of other screens and windows without a desktop need. */
    public AppContext(Session session, Async async, Messages messages, Clock clock) {
        this(session, async, messages, clock, Chime.silent(), ReminderServices.none());
    }

    public AppContext(Session session, Async async, Messages messages, Clock clock, Chime chime) {
        this(session, async, messages, clock, chime, ReminderServices.none());
    }

    public AppContext(Session session, Async async, Messages messages, Clock clock, Chime chime,
                      ReminderServices services) {
        this.session = session;
        this.async = async;
        this.messages = messages;
        this.clock = clock;
        this.chime = chime;
        this.coach = new Coach(session.bundle());
        Settings settings = session.settingsStore().load();
        appearance = new AppearanceModel(settings.appearance(), session.settingsStore(), async, messages);
        today = new TodayViewModel(session.journal(), session.bundle(), async, messages, clock);
        checkIn = new CheckInViewModel(session.journal(), session.bundle(), async, messages, clock);
        progress = new ProgressViewModel(session.journal(), session.bundle(), async, messages);
        print = new PrintViewModel(Printouts.of(session, messages.locale()), new SystemPrinter(), async,
                async.withBackground(PRINT_DIALOG_THREAD), messages);
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
        today.setOnScreeningRequested(() -> main.showFlow(Flow.SCREENING));
        today.setOnPlayerRequested(this::startPlayer);
        checkIn.setOnSaved(() -> showRedFlagAlert(checkIn.raisedRedFlags()));
        main.onShow(Page.TODAY, today::refresh);
        main.onShow(Page.CHECK_IN, () -> checkIn.load(checkIn.dateProperty().get()));
        main.onShow(Page.PROGRESS, () -> {
            progress.refresh();
            // The daily backup, for a window left open past midnight.
            async.run(session::backupIfDue, backup -> { }, error -> { });
        });
        main.onShow(Page.PRINT, print::load);
        // Leaving the player any way (navigation, finishing) ends its session, so nothing keeps ticking.
        main.flowProperty().addListener((obs, old, now) -> {
            if (old == Flow.PLAYER && now != Flow.PLAYER && player != null) {
                PlayerViewModel leaving = player;
                player = null;
                leaving.close();
            }
        });
        main.modalProperty().addListener((obs, old, now) -> {
            if (now == Modal.SPASM && player != null) {
                player.pauseIfRunning();
            }
        });
        ActiveContent content = session.content();
        if (content.fellBack()) {
            main.showNotice(messages.get("notice.bundleFallback"), String.join("\n",
                    content.problems().stream().map(BundleProblem::toString).toList()));
        }
        // Ctrl+Enter: today's exercises, or pause and resume the player while it shows.
        main.setOnExercisesRequested(() -> {
            if (main.flowProperty().get() == Flow.PLAYER && player != null) {
                player.togglePause();
            } else {
                today.startExercises();
            }
        });
        reminders = new RemindersViewModel(settings.reminders(), session.bundle().movementBreak(),
                session.journal(), services.timer(), services.sound(), async, messages, clock);
        reminders.setOnCheckInRequested(today::requestCheckIn);
        // "I'm up": about two minutes of today's exercises while the person is on their feet.
        reminders.setOnBreakTaken(this::startMicroRoutine);
        reminders.setOnBreakRecorded(() -> {
            if (main.pageProperty().get() == Page.TODAY) {
                today.refresh();
            }
        });
        reminders.start();
        session.recovery().ifPresent(report -> RecoveryNotice.show(main, messages, report));
        offerScreeningOnFirstStart(session.journal());
    }

    public MainView mainView() {
        return new MainView(main, messages, appearance, this::page, this::flow, this::modal);
    }

    /**
     * The window's content: the main view with the reminder card over it. The scene it is put in
     * takes this context's theme and text size (and follows every change) while it shows it.
     */
    public Parent root() {
        StackPane root = new StackPane(mainView());
        root.sceneProperty().addListener((obs, old, scene) -> {
            unbindAppearance.run();
            unbindAppearance = scene == null ? () -> { } : SceneAppearance.bind(scene, appearance);
        });
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

    /** Theme and text size, shared by Settings, the shortcuts and the scene. */
    public AppearanceModel appearance() {
        return appearance;
    }

    public RemindersViewModel reminders() {
        return reminders;
    }

    /** Stops what this context started (the reminder timer, a running player); the session is closed by its owner. */
    public void close() {
        reminders.stop();
        if (player != null) {
            player.close();
        }
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

    /** What the language section needs from the window; {@link LocalizedScreens} sets it. */
    void setLanguage(SettingsScreen.Language hooks) {
        this.language = hooks;
    }

    /** Where "Save as PDF…" saves, instead of asking with a file chooser (tests of the whole window). */
    void setPrintSaveDialog(PrintView.SaveDialog dialog) {
        this.printSaveDialog = dialog;
    }

    /**
     * Opens the exercise player with these exercises, e.g. a micro-routine from a movement-break
     * reminder. While red flags withhold the plan, or before the safety questions were answered,
     * Today opens instead, where the person sees why.
     */
    public void startPlayer(List<PlannedExercise> exercises) {
        async.run(() -> coach.plan(session.journal(), LocalDate.now(clock)), plan -> {
            if (exercises.isEmpty() || plan.redFlagStop() || !plan.redFlags().screeningDone()) {
                main.open(Page.TODAY);
            } else {
                openPlayer(exercises);
            }
        }, error -> main.open(Page.TODAY));
    }

    /** Starts about two minutes of today's exercises, if the plan is not withheld. */
    public void startMicroRoutine() {
        async.run(() -> coach.plan(session.journal(), LocalDate.now(clock)),
                plan -> startPlayer(plan.microRoutine()), error -> main.open(Page.TODAY));
    }

    private void openPlayer(List<PlannedExercise> exercises) {
        PlayerViewModel session = new PlayerViewModel(exercises, coach, this.session.journal(), async, messages, clock,
                chime, muted);
        session.setOnClosed(() -> {
            if (player == session) {
                player = null;
                main.closeFlow();
            }
        });
        if (player != null) {
            player.close();
        }
        player = session;
        main.showFlow(Flow.PLAYER);
    }

    private void showRedFlagAlert(List<RedFlag> raised) {
        if (!raised.isEmpty()) {
            alertFlags = List.copyOf(raised);
            main.showModal(Modal.RED_FLAG_ALERT);
        }
    }

    /** On the very first start (an empty journal) the safety questions come before anything else. */
    private void offerScreeningOnFirstStart(Journal journal) {
        async.run(() -> journal.all().isEmpty() && journal.safetyReviews().isEmpty(), first -> {
            if (first) {
                main.showFlow(Flow.SCREENING);
            }
        }, error -> { });
    }

    private Node page(Page page) {
        return switch (page) {
            case TODAY -> new TodayView(today, messages);
            case CHECK_IN -> new CheckInView(checkIn, messages);
            case PROGRESS -> new ProgressView(progress, messages);
            case EXERCISES -> new ExercisesView(new ExercisesViewModel(session.bundle()), messages);
            case GUIDE -> new GuideView(new GuideViewModel(session.bundle()), messages);
            case PRINT -> printSaveDialog == null ? new PrintView(print, messages)
                    : new PrintView(print, messages, printSaveDialog);
            case SETTINGS -> settingsView();
        };
    }

    private Node flow(Flow flow) {
        return switch (flow) {
            case PLAYER -> new PlayerView(player, messages);
            case SCREENING -> screeningView();
        };
    }

    private Node modal(Modal modal) {
        return switch (modal) {
            case SPASM -> {
                SpasmViewModel spasm = new SpasmViewModel(session.bundle(), session.journal(), async, messages, clock);
                spasm.setOnClosed(() -> {
                    main.closeModal();
                    today.refresh();
                });
                yield new SpasmView(spasm, messages);
            }
            case RED_FLAG_ALERT -> new RedFlagAlert(alertFlags, messages, () -> {
                main.closeModal();
                today.refresh();
            });
            case SHORTCUTS -> new ShortcutsView(ShortcutList.of(messages), messages, main::closeModal);
        };
    }

    private Node screeningView() {
        ScreeningViewModel screening = new ScreeningViewModel(session.journal(), session.bundle(), async, messages, clock);
        screening.setOnLater(() -> main.open(Page.TODAY));
        screening.setOnSaved(raised -> {
            main.open(Page.TODAY);
            showRedFlagAlert(raised);
        });
        screening.load();
        return new ScreeningView(screening, messages);
    }

    private Node settingsView() {
        return SettingsScreen.build(session, async, messages, clock, reminders, () -> onContentChanged.run(), language,
                appearance);
    }
}
