package org.backcoach.app;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.backcoach.ui.shell.MainViewModel;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits until the window has given the starting focus it was asked for: the model's focus
 * request is done once the view has moved the focus. Tests check where the focus went after
 * this, instead of moving it themselves.
 */
final class StartFocus {

    private StartFocus() {
    }

    static void given(MainViewModel main) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> OnFx.call(() -> main.focusRequestProperty().get() == null));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
