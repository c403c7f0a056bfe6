package org.backcoach.ui.shell;

import javafx.scene.Node;

/**
 * One screen as the window uses it, made by a small factory in the screen's own package and
 * registered against its page, flow or modal (see {@link Screens}). A page's view is built on its
 * first visit and kept; a flow's or a modal's view is built fresh each time it opens.
 */
public interface Screen {

    Node view();

    /** Runs each time the page shows (a visit, or the page again after a flow), e.g. to reload from the journal. */
    default void shown() {
    }

    /** Stops what the screen runs (a player's session) when the window's screens are closed. */
    default void close() {
    }
}
