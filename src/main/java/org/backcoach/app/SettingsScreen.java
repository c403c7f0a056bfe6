package org.backcoach.app;

import java.time.Clock;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.backcoach.session.Session;
import org.backcoach.settings.LanguageChoice;
import org.backcoach.settings.Settings;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.reminders.RemindersViewModel;
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
     * @param languageApplied true right after the window was built again in a new language: the
     *                        language section then confirms it in that language
     */
    static Node build(Session session, Async async, Messages messages, Clock clock, Locale systemLocale,
                      RemindersViewModel reminders, Runnable onContentChanged, Consumer<LanguageChoice> onLanguageChanged,
                      boolean languageApplied) {
        Settings saved = session.settingsStore().load();
        SettingsViewModel settings = new SettingsViewModel(session.settingsStore(), saved, session.library(),
                session.content(), session.folder().toString(), async, messages);
        settings.setOnContentChanged(onContentChanged);
        settings.reminders().setOnChanged(changed -> reminders.apply(changed, session.bundle().movementBreak()));
        LanguageViewModel language = new LanguageViewModel(session.settingsStore(), saved.language(), systemLocale,
                session.content(), async, messages);
        language.setOnApplied(onLanguageChanged);
        if (languageApplied) {
            language.confirmApplied();
        }
        DataViewModel data = new DataViewModel(session.journal(), session.backups(), async, messages, clock);
        return new SettingsView(settings, messages, new LanguageSection(language, messages), new DataSection(data, messages));
    }
}
