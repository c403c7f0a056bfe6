package org.backcoach.ui.spasm;

import org.backcoach.ui.shell.Navigator;
import org.backcoach.ui.shell.Screen;
import org.backcoach.ui.shell.ScreenServices;

/** "Spasm now" over the window, from anywhere: first aid step by step, afresh each time; a spasm it logs updates Today. */
public final class SpasmScreen {

    private SpasmScreen() {
    }

    public static Screen of(ScreenServices services) {
        Navigator navigator = services.navigator();
        return () -> {
            SpasmViewModel spasm = new SpasmViewModel(services.bundle(), services.journal(), services.async(),
                    services.messages(), services.clock());
            spasm.setOnClosed(() -> {
                navigator.closeModal();
                navigator.journalChanged();
            });
            return new SpasmView(spasm, services.messages());
        };
    }
}
