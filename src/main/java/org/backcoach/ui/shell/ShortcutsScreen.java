package org.backcoach.ui.shell;

/** The F1 shortcut list, over the window; built afresh each time it opens. */
public final class ShortcutsScreen {

    private ShortcutsScreen() {
    }

    public static Screen of(ScreenServices services) {
        return () -> new ShortcutsView(ShortcutList.of(services.messages()), services.messages(),
                services.navigator()::closeModal);
    }
}
