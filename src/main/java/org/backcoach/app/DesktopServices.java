package org.backcoach.app;

import java.util.Optional;
import org.backcoach.ui.common.Chime;
import org.backcoach.ui.print.PrintView;
import org.backcoach.ui.settings.SettingsScreen;

/**
 * What the window gets from where it runs, beyond the session: the player's chime, the reminders'
 * timer and sound, the language hooks ({@link LocalizedScreens} sets them), and, for tests of the
 * whole window, where "Save as PDF…" saves instead of asking with a file chooser.
 */
public record DesktopServices(Chime chime, ReminderServices reminders, SettingsScreen.Language language,
                              Optional<PrintView.SaveDialog> printSaveDialog) {

    /** Silent, no reminders, the language of this JVM, the usual file chooser: tests and windows without a desktop. */
    public static DesktopServices none() {
        return new DesktopServices(Chime.silent(), ReminderServices.none(), SettingsScreen.Language.followingThisJvm(),
                Optional.empty());
    }

    public DesktopServices withChime(Chime other) {
        return new DesktopServices(other, reminders, language, printSaveDialog);
    }

    public DesktopServices withReminders(ReminderServices other) {
        return new DesktopServices(chime, other, language, printSaveDialog);
    }

    public DesktopServices withLanguage(SettingsScreen.Language other) {
        return new DesktopServices(chime, reminders, other, printSaveDialog);
    }

    public DesktopServices withPrintSaveDialog(PrintView.SaveDialog dialog) {
        return new DesktopServices(chime, reminders, language, Optional.of(dialog));
    }
}
