package org.backcoach.ui.shell;

/** Something shown over the whole window; the rest waits until it is closed. */
public enum Modal {
    /** "Spasm now": step-by-step first aid. */
    SPASM,
    /** The red-flag card that must be acknowledged. */
    RED_FLAG_ALERT,
    /** The keyboard shortcut list (F1). */
    SHORTCUTS
}
