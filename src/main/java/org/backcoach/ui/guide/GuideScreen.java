package org.backcoach.ui.guide;

import javafx.scene.Node;
import org.backcoach.ui.shell.Screen;
import org.backcoach.ui.shell.ScreenServices;

/** The guide: the self-care steps, habits and safety notes from the bundle in use. */
public final class GuideScreen implements Screen {

    private final ScreenServices services;

    public GuideScreen(ScreenServices services) {
        this.services = services;
    }

    @Override
    public Node view() {
        return new GuideView(new GuideViewModel(services.bundle()), services.messages());
    }
}
