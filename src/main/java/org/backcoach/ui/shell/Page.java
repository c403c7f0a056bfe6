package org.backcoach.ui.shell;

import javafx.scene.input.KeyCode;

/** The main window's screens, in navigation order; each has a Ctrl+key shortcut (Print is Ctrl+P, as everywhere). */
public enum Page implements Place {
    TODAY("nav.today", KeyCode.DIGIT1),
    CHECK_IN("nav.checkIn", KeyCode.DIGIT2),
    PROGRESS("nav.progress", KeyCode.DIGIT3),
    EXERCISES("nav.exercises", KeyCode.DIGIT4),
    GUIDE("nav.guide", KeyCode.DIGIT5),
    PRINT("nav.print", KeyCode.P),
    SETTINGS("nav.settings", KeyCode.DIGIT6);

    private final String messageKey;
    private final KeyCode shortcut;

    Page(String messageKey, KeyCode shortcut) {
        this.messageKey = messageKey;
        this.shortcut = shortcut;
    }

    public String messageKey() {
        return messageKey;
    }

    public KeyCode shortcut() {
        return shortcut;
    }
}
