package org.backcoach.app;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** Runs something on the FX thread and hands its result back to the test. */
final class OnFx {

    private OnFx() {
    }

    static <T> T call(Callable<T> work) {
        try {
            T result = WaitForAsyncUtils.asyncFx(work).get(60, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            return result;
        } catch (Exception e) {
            throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
        }
    }
}
