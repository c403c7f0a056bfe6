package org.backcoach.ui.shell;

import org.backcoach.ui.common.RedFlagAlert;

/**
 * The red-flag card over the window, with the answers just raised (a check-in or the screening,
 * through {@link Navigator#alertRedFlags}); it closes only when acknowledged.
 */
public final class RedFlagAlertScreen {

    private RedFlagAlertScreen() {
    }

    public static Screen of(ScreenServices services) {
        Navigator navigator = services.navigator();
        return () -> new RedFlagAlert(navigator.alertFlags(), services.messages(), navigator::closeModal);
    }
}
