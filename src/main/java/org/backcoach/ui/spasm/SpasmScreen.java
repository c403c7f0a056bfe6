package org.backcoach.ui.spasm;

import javafx.scene.Node;
import org.backcoach.ui.shell.Navigator;
import org.backcoach.ui.shell.Screen;
import org.backcoach.ui.shell.ScreenServices;

/** "Spasm now" over the window, from anywhere: first aid step by step, afresh each time; a spasm it logs updates Today. */
public final class SpasmScreen implements Screen {

    private final ScreenServices services;

    public SpasmScreen(ScreenServices services) {
        this.services = services;
    }

    @Override
    public Node view() {
        Navigator navigator = services.navigator();
        SpasmViewModel spasm = new SpasmViewModel(services.bundle(), services.journal(), services.async(),
                services.messages(), services.clock());
        spasm.setOnClosed(() -> {
            navigator.closeModal();
            navigator.journalChanged();
        });
        return new SpasmView(spasm, services.messages());
    }
}
