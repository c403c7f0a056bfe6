package org.backcoach.ui.checkin;

import javafx.scene.Node;
import org.backcoach.ui.shell.Navigator;
import org.backcoach.ui.shell.Screen;
import org.backcoach.ui.shell.ScreenServices;

/** The check-in form: opened on a day by other screens, loaded on each visit; a save may raise the red-flag card. */
public final class CheckInScreen implements Screen {

    private final CheckInViewModel checkIn;
    private final ScreenServices services;

    public CheckInScreen(ScreenServices services) {
        this.services = services;
        Navigator navigator = services.navigator();
        checkIn = new CheckInViewModel(services.journal(), services.bundle(), services.async(), services.messages(),
                services.clock());
        navigator.answerCheckIn(day -> checkIn.dateProperty().set(day));
        checkIn.setOnSaved(() -> navigator.alertRedFlags(checkIn.raisedRedFlags()));
    }

    @Override
    public Node view() {
        return new CheckInView(checkIn, services.messages());
    }

    @Override
    public void shown() {
        checkIn.load(checkIn.dateProperty().get());
    }
}
