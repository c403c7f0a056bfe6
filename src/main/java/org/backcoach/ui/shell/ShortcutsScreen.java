package org.backcoach.ui.shell;

import javafx.scene.Node;

/** The F1 shortcut list, over the window; built afresh each time it opens. */
public final class ShortcutsScreen implements Screen {

    private final ScreenServices services;

    public ShortcutsScreen(ScreenServices services) {
        this.services = services;
    }

    @Override
    public Node view() {
        return new ShortcutsView(ShortcutList.of(services.messages()), services.messages(),
                services.navigator()::closeModal);
    }
}
