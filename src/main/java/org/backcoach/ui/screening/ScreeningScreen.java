package org.backcoach.ui.screening;

import javafx.scene.Node;
import org.backcoach.coach.FirstStart;
import org.backcoach.ui.shell.Navigator;
import org.backcoach.ui.shell.Page;
import org.backcoach.ui.shell.Screen;
import org.backcoach.ui.shell.ScreenServices;

/**
 * The fuller red-flag screening, shown in place of the page: on the very first start before
 * anything else ({@link FirstStart}), and from Today before the first exercises.
 */
public final class ScreeningScreen implements Screen {

    private final ScreenServices services;

    public ScreeningScreen(ScreenServices services) {
        this.services = services;
        Navigator navigator = services.navigator();
        services.async().run(() -> FirstStart.screeningComesFirst(services.journal()), first -> {
            if (first) {
                navigator.startScreening();
            }
        }, error -> { });
    }

    @Override
    public Node view() {
        Navigator navigator = services.navigator();
        ScreeningViewModel screening = new ScreeningViewModel(services.journal(), services.bundle(), services.async(),
                services.messages(), services.clock());
        screening.setOnLater(() -> navigator.open(Page.TODAY));
        screening.setOnSaved(raised -> {
            navigator.open(Page.TODAY);
            navigator.alertRedFlags(raised);
        });
        screening.load();
        return new ScreeningView(screening, services.messages());
    }
}
