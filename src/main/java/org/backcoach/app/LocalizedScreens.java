package org.backcoach.app;

import java.time.Clock;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.backcoach.session.Session;
import org.backcoach.settings.LanguageChoice;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.settings.SettingsScreen;
import org.backcoach.ui.shell.Page;

/**
 * The window's screens for one open session, in the language chosen in Settings. When Settings
 * switches the language, the screens are built again in place: the same open journal, the new
 * words, the built-in content of the new language (a bundle of the person's own still wins), and
 * the person lands back on Settings, where the switch is confirmed in the new language. The
 * window itself (size, place, the stage) is untouched.
 */
public final class LocalizedScreens {

    private static final Logger LOG = Logger.getLogger(LocalizedScreens.class.getName());

    private final StackPane root = new StackPane();
    private final Session session;
    private final Async async;
    private final Clock clock;
    private final Locale system;
    private final DesktopServices desktop;
    private Consumer<AppContext> onBuilt = context -> { };
    private Consumer<Messages> onLanguage = messages -> { };
    private Messages messages;
    private AppContext context;

    /**
     * @param system  the computer's own locale, which "same as this computer" follows
     * @param desktop what the screens get from the desktop; the language hooks are this class's own
     */
    public LocalizedScreens(Session session, Async async, Clock clock, Locale system, DesktopServices desktop) {
        this.session = session;
        this.async = async;
        this.clock = clock;
        this.system = system;
        this.desktop = desktop;
    }

    /** Runs on every context this builds, e.g. to connect the window's own callbacks. */
    public void setOnBuilt(Consumer<AppContext> action) {
        this.onBuilt = action;
    }

    /** Told the new words whenever the language changed, e.g. for the window's title. */
    public void setOnLanguageChanged(Consumer<Messages> action) {
        this.onLanguage = action;
    }

    /**
     * Builds the screens in the language of {@code choice} (from settings.json) and shows {@code page}.
     * The session must already hold that language's content, as {@link DesktopLaunch} opens it.
     */
    public Parent show(LanguageChoice choice, Page page) {
        build(new Messages(choice.locale(system)), page, false);
        return root;
    }

    public Parent root() {
        return root;
    }

    public AppContext context() {
        return context;
    }

    public Messages messages() {
        return messages;
    }

    /** Stops what the current screens run (reminders, the player); the session is closed by its owner. */
    public void close() {
        if (context != null) {
            context.close();
        }
    }

    /** Settings saved {@code choice}: the same screens again, in that language, back on Settings. */
    private void changeLanguage(LanguageChoice choice) {
        Locale wanted = choice.locale(system);
        if (wanted.equals(messages.locale()) && session.language().equals(wanted.getLanguage())) {
            // "Same as this computer" on a computer in the language already shown: nothing to rebuild.
            build(messages, Page.SETTINGS, true);
            return;
        }
        root.setDisable(true);
        async.run(() -> session.useLanguage(wanted.getLanguage()), content -> {
            root.setDisable(false);
            build(new Messages(wanted), Page.SETTINGS, true);
            onLanguage.accept(messages);
        }, error -> {
            LOG.log(Level.WARNING, "could not switch the language", error);
            root.setDisable(false);
            context.mainViewModel().showNotice(messages.get("settings.language.failed", error.getMessage()), "");
        });
    }

    private void build(Messages words, Page page, boolean languageApplied) {
        if (context != null) {
            context.close();
        }
        messages = words;
        context = new AppContext(session, async, messages, clock,
                desktop.withLanguage(new SettingsScreen.Language(system, this::changeLanguage, languageApplied)));
        onBuilt.accept(context);
        context.mainViewModel().pageProperty().set(page);
        root.getChildren().setAll(context.root());
    }
}
