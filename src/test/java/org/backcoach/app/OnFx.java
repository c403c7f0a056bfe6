package org.backcoach.app;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** Runs something on the FX thread and hands its result back to the test. */
final class OnFx {

    private OnFx() {
    }

    static <T> T call(Callable<T> work) {
        // No waiting for further FX events here: callers that need the screen settled wait themselves.
        try {
            return WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
        }
    }

    static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
