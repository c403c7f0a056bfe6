package org.backcoach.ui.progress;

import javafx.scene.Node;
import org.backcoach.ui.shell.Screen;
import org.backcoach.ui.shell.ScreenServices;

/** Progress: reloaded on each visit; the history's "Edit this day" opens that day's check-in. */
public final class ProgressScreen implements Screen {

    private final ProgressViewModel progress;
    private final ScreenServices services;

    public ProgressScreen(ScreenServices services) {
        this.services = services;
        progress = new ProgressViewModel(services.journal(), services.bundle(), services.async(), services.messages());
        progress.history().setOnEditRequested(services.navigator()::openCheckIn);
    }

    @Override
    public Node view() {
        return new ProgressView(progress, services.messages());
    }

    @Override
    public void shown() {
        progress.refresh();
        // The session makes the daily backup when it opens the journal; a window left open past
        // midnight gets the new day's one here, when the person looks back at their progress.
        services.async().run(services.session()::backupIfDue, backup -> { }, error -> { });
    }
}
