package org.backcoach.app;

import java.time.Clock;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.backcoach.session.Session;
import org.backcoach.settings.LanguageChoice;
import org.backcoach.settings.Settings;
import org.backcoach.ui.common.AppearanceModel;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.reminders.RemindersViewModel;
import org.backcoach.ui.settings.AppearanceSection;
import org.backcoach.ui.settings.DataSection;
import org.backcoach.ui.settings.DataViewModel;
import org.backcoach.ui.settings.LanguageSection;
import org.backcoach.ui.settings.LanguageViewModel;
import org.backcoach.ui.settings.SettingsView;
import org.backcoach.ui.settings.SettingsViewModel;

/**
 * Wires the Settings screen: its view models get the session's settings, bundle library and journal,
 * and hand changes back to the app (new content, new reminder settings, a new language).
 */
final class SettingsScreen {

    private SettingsScreen() {
    }

    /**
     * What the language section needs from the window: the computer's own locale ("same as this
     * computer" follows it), where a saved choice goes, and whether this window was just built
     * for a new language (the section then confirms it, in that language).
     */
    record Language(Locale system, Consumer<LanguageChoice> onChanged, boolean justApplied) {

        /** For windows that do not switch languages in place (tests of single screens). */
        static Language followingThisJvm() {
            return new Language(Locale.getDefault(), choice -> { }, false);
        }
    }

    static Node build(Session session, Async async, Messages messages, Clock clock, RemindersViewModel reminders,
                      Runnable onContentChanged, Language language, AppearanceModel appearance) {
        Settings saved = session.settingsStore().load();
        SettingsViewModel settings = new SettingsViewModel(session.settingsStore(), saved, session.library(),
                session.content(), session.folder().toString(), async, messages);
        settings.setOnContentChanged(onContentChanged);
        settings.reminders().setOnChanged(changed -> reminders.apply(changed, session.bundle().movementBreak()));
        LanguageViewModel languages = new LanguageViewModel(session.settingsStore(), saved.language(), language.system(),
                session.content(), async, messages);
        languages.setOnApplied(language.onChanged());
        if (language.justApplied()) {
            languages.confirmApplied();
        }
        DataViewModel data = new DataViewModel(session.journal(), session.backups(), async, messages, clock);
        return new SettingsView(settings, messages, new LanguageSection(languages, messages),
                new AppearanceSection(appearance, messages), new DataSection(data, messages));
    }
}
