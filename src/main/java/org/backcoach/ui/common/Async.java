package org.backcoach.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs database and file work off the FX thread and hands the result back on it. Tests build it
 * with {@link #direct()}, so a view model's command completes before the call returns.
 */
public final class Async {

    private final Executor background;
    private final Executor ui;

    public Async(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** Runs everything on the caller's thread: for tests and for view models used outside the app. */
    public static Async direct() {
        return new Async(Runnable::run, Runnable::run);
    }

    /**
     * The same hand-back to the FX thread, with work on {@code other}: for work that blocks for
     * long, such as a modal print dialog, so it does not hold up the journal's thread.
     */
    public Async withBackground(Executor other) {
        return new Async(other, ui);
    }

    public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        CompletableFuture.supplyAsync(work, background).whenCompleteAsync((result, error) -> {
            if (error == null) {
                onSuccess.accept(result);
            } else {
                onFailure.accept(error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
            }
        }, ui);
    }

    public void run(Runnable work, Runnable onSuccess, Consumer<Throwable> onFailure) {
        run(() -> {
            work.run();
            return null;
        }, ignored -> onSuccess.run(), onFailure);
    }
}
