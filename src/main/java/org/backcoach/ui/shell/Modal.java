package org.backcoach.ui.shell;

/** Something shown over the whole window; the rest waits until it is closed. */
public enum Modal implements Place {
    /** "Spasm now": step-by-step first aid. */
    SPASM(true),
    /** The red-flag card, which must be acknowledged: Escape does not close it. */
    RED_FLAG_ALERT(false),
    /** The keyboard shortcut list (F1). */
    SHORTCUTS(true);

    private final boolean closesOnEscape;

    Modal(boolean closesOnEscape) {
        this.closesOnEscape = closesOnEscape;
    }

    public boolean closesOnEscape() {
        return closesOnEscape;
    }
}
