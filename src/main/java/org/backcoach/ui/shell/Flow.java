package org.backcoach.ui.shell;

/** A guided activity shown in place of the current screen, with the navigation still at hand. */
public enum Flow implements Place {
    /** The exercise player. */
    PLAYER,
    /** The fuller red-flag screening (first start, or before the first exercises). */
    SCREENING
}
