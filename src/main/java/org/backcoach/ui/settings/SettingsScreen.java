package org.backcoach.ui.settings;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.backcoach.session.Session;
import org.backcoach.settings.LanguageChoice;
import org.backcoach.settings.ReminderSettings;
import org.backcoach.settings.Settings;
import org.backcoach.ui.common.AppearanceModel;
import org.backcoach.ui.shell.Screen;
import org.backcoach.ui.shell.ScreenServices;

/**
 * Settings: its view models get the session's settings, bundle library and journal, and hand
 * changes back to the window (new content, new reminder settings, a new language).
 */
public final class SettingsScreen implements Screen {

    /**
     * What the language section needs from the window: the computer's own locale ("same as this
     * computer" follows it), where a saved choice goes, and whether this window was just built
     * for a new language (the section then confirms it, in that language).
     */
    public record Language(Locale system, Consumer<LanguageChoice> onChanged, boolean justApplied) {

        /** For windows that do not switch languages in place (tests of single screens). */
        public static Language followingThisJvm() {
            return new Language(Locale.getDefault(), choice -> { }, false);
        }
    }

    /** Where changes go that the rest of the window acts on. */
    public record Hooks(Language language, Consumer<ReminderSettings> onRemindersChanged, Runnable onContentChanged) {
    }

    private final ScreenServices services;
    private final AppearanceModel appearance;
    private final Hooks hooks;

    public SettingsScreen(ScreenServices services, AppearanceModel appearance, Hooks hooks) {
        this.services = services;
        this.appearance = appearance;
        this.hooks = hooks;
    }

    @Override
    public Node view() {
        Session session = services.session();
        Settings saved = session.settingsStore().load();
        SettingsViewModel settings = new SettingsViewModel(session.settingsStore(), saved, session.library(),
                session.content(), session.folder().toString(), services.async(), services.messages());
        settings.setOnContentChanged(hooks.onContentChanged());
        settings.reminders().setOnChanged(hooks.onRemindersChanged());
        LanguageViewModel languages = new LanguageViewModel(session.settingsStore(), saved.language(),
                hooks.language().system(), session.content(), services.async(), services.messages());
        languages.setOnApplied(hooks.language().onChanged());
        if (hooks.language().justApplied()) {
            languages.confirmApplied();
        }
        DataViewModel data = new DataViewModel(session.journal(), session.backups(), services.async(),
                services.messages(), services.clock());
        return new SettingsView(settings, services.messages(), new LanguageSection(languages, services.messages()),
                new AppearanceSection(appearance, services.messages()), new DataSection(data, services.messages()));
    }
}
