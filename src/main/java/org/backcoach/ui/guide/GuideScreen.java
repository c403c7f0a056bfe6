package org.backcoach.ui.guide;

import org.backcoach.ui.shell.Screen;
import org.backcoach.ui.shell.ScreenServices;

/** The guide: the self-care steps, habits and safety notes from the bundle in use. */
public final class GuideScreen {

    private GuideScreen() {
    }

    public static Screen of(ScreenServices services) {
        return () -> new GuideView(new GuideViewModel(services.bundle()), services.messages());
    }
}
