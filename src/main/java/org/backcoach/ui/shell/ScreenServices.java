package org.backcoach.ui.shell;

import java.time.Clock;
import org.backcoach.content.Bundle;
import org.backcoach.journal.Journal;
import org.backcoach.session.Session;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;

/**
 * What every screen's factory may use: the open data folder, background work, the window's words,
 * the time, and the {@link Navigator} to other screens. Anything only one screen needs (the
 * player's chime, the print dialog for tests) is handed to that factory in its registration line.
 */
public record ScreenServices(Session session, Async async, Messages messages, Clock clock, Navigator navigator) {

    public Journal journal() {
        return session.journal();
    }

    public Bundle bundle() {
        return session.bundle();
    }
}
