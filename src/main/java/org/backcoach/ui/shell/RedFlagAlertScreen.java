package org.backcoach.ui.shell;

import javafx.scene.Node;
import org.backcoach.ui.common.RedFlagAlert;

/**
 * The red-flag card over the window, with the answers just raised (a check-in or the screening,
 * through {@link Navigator#alertRedFlags}); it closes only when acknowledged.
 */
public final class RedFlagAlertScreen implements Screen {

    private final ScreenServices services;

    public RedFlagAlertScreen(ScreenServices services) {
        this.services = services;
    }

    @Override
    public Node view() {
        Navigator navigator = services.navigator();
        return new RedFlagAlert(navigator.alertFlags(), services.messages(), navigator::closeModal);
    }
}
