package org.backcoach.app;

import org.backcoach.ui.checkin.CheckInScreen;
import org.backcoach.ui.common.AppearanceModel;
import org.backcoach.ui.exercises.ExercisesScreen;
import org.backcoach.ui.guide.GuideScreen;
import org.backcoach.ui.player.PlayerScreen;
import org.backcoach.ui.print.PrintScreen;
import org.backcoach.ui.progress.ProgressScreen;
import org.backcoach.ui.screening.ScreeningScreen;
import org.backcoach.ui.settings.SettingsScreen;
import org.backcoach.ui.shell.Flow;
import org.backcoach.ui.shell.Modal;
import org.backcoach.ui.shell.Page;
import org.backcoach.ui.shell.RedFlagAlertScreen;
import org.backcoach.ui.shell.ScreenServices;
import org.backcoach.ui.shell.Screens;
import org.backcoach.ui.shell.ShortcutsScreen;
import org.backcoach.ui.spasm.SpasmScreen;
import org.backcoach.ui.today.TodayScreen;

/**
 * Every screen of the window, one line each: its page, flow or modal and the factory in its own
 * package. A new screen is a package under ui plus one line here (and its place in Page, Flow or Modal).
 */
final class ScreenRegistry {

    private ScreenRegistry() {
    }

    static Screens register(ScreenServices services, DesktopServices desktop, AppearanceModel appearance,
                            SettingsScreen.Hooks settings) {
        Screens screens = new Screens(services);
        screens.register(Page.TODAY, TodayScreen::new);
        screens.register(Page.CHECK_IN, CheckInScreen::new);
        screens.register(Page.PROGRESS, ProgressScreen::new);
        screens.register(Page.EXERCISES, ExercisesScreen::of);
        screens.register(Page.GUIDE, GuideScreen::of);
        screens.register(Page.PRINT, s -> new PrintScreen(s, desktop.printSaveDialog()));
        screens.register(Page.SETTINGS, s -> new SettingsScreen(s, appearance, settings));
        screens.register(Flow.PLAYER, s -> new PlayerScreen(s, desktop.chime()));
        screens.register(Flow.SCREENING, ScreeningScreen::new);
        screens.register(Modal.SPASM, SpasmScreen::of);
        screens.register(Modal.RED_FLAG_ALERT, RedFlagAlertScreen::of);
        screens.register(Modal.SHORTCUTS, ShortcutsScreen::of);
        screens.requireEveryPlace();
        return screens;
    }
}
