package org.backcoach.app;

import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.backcoach.content.ActiveContent;
import org.backcoach.content.BundleProblem;
import org.backcoach.reminders.ReminderKind;
import org.backcoach.session.Session;
import org.backcoach.settings.Settings;
import org.backcoach.ui.common.AppearanceModel;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.common.SceneAppearance;
import org.backcoach.ui.reminders.ReminderCard;
import org.backcoach.ui.reminders.RemindersViewModel;
import org.backcoach.ui.settings.SettingsScreen;
import org.backcoach.ui.shell.MainView;
import org.backcoach.ui.shell.MainViewModel;
import org.backcoach.ui.shell.Navigator;
import org.backcoach.ui.shell.ScreenServices;
import org.backcoach.ui.shell.Screens;

/**
 * Builds the window's object graph for one open session, by hand: the shell and its
 * {@link Navigator}, the look, the reminders, and the screens ({@link ScreenRegistry}, one line
 * each). What happens between screens is theirs and the navigator's; nothing else lives here.
 */
public final class AppContext {

    private final Session session;
    private final Messages messages;
    private final MainViewModel main = new MainViewModel();
    private final Navigator navigator = new Navigator(main);
    private final AppearanceModel appearance;
    private final RemindersViewModel reminders;
    private final Screens screens;
    private Runnable unbindAppearance = () -> { };
    private Runnable onContentChanged = () -> { };

    public AppContext(Session session, Async async, Messages messages, Clock clock, DesktopServices desktop) {
        this.session = session;
        this.messages = messages;
        Settings settings = session.settingsStore().load();
        appearance = new AppearanceModel(settings.appearance(), session.settingsStore(), async, messages);
        reminders = new RemindersViewModel(settings.reminders(), session.bundle().movementBreak(), session.journal(),
                desktop.reminders().timer(), desktop.reminders().sound(), async, messages, clock);
        SettingsScreen.Hooks settingsHooks = new SettingsScreen.Hooks(desktop.language(),
                changed -> reminders.apply(changed, session.bundle().movementBreak()), () -> onContentChanged.run());
        screens = ScreenRegistry.register(new ScreenServices(session, async, messages, clock, navigator), desktop,
                appearance, settingsHooks);
        reminders.setOnCheckInRequested(() -> navigator.openCheckIn(LocalDate.now(clock)));
        // "I'm up": about two minutes of today's exercises while the person is on their feet.
        reminders.setOnBreakTaken(navigator::startMicroRoutine);
        reminders.setOnBreakRecorded(navigator::journalChanged);
        reminders.start();
        ActiveContent content = session.content();
        if (content.fellBack()) {
            main.showNotice(messages.get("notice.bundleFallback"), String.join("\n",
                    content.problems().stream().map(BundleProblem::toString).toList()));
        }
        session.recovery().ifPresent(report -> RecoveryNotice.show(main, messages, report));
    }

    public MainView mainView() {
        return new MainView(main, messages, appearance, screens);
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

    public MainViewModel mainViewModel() {
        return main;
    }

    /** The routes between screens, e.g. the player for a list of exercises (the coach decides whether it opens). */
    public Navigator navigator() {
        return navigator;
    }

    public Session session() {
        return session;
    }

    /** Called when Settings switched the content bundle; the app rebuilds its context. */
    public void setOnContentChanged(Runnable action) {
        this.onContentChanged = action;
    }

    /** Stops what this context started (the reminder timer, a running player); the session is closed by its owner. */
    public void close() {
        reminders.stop();
        screens.close();
    }
}
