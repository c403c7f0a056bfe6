package org.backcoach.app;

import java.lang.management.ManagementFactory;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.scene.Scene;

/** Measures start-up as the person sees it: from the JVM's start to the first pulse that lays out a screen. */
final class StartupTiming {

    private StartupTiming() {
    }

    /**
     * Calls {@code report} once, with the milliseconds since the JVM started, right after the next
     * layout pulse of {@code scene} (the pulse that then renders it).
     */
    static void afterNextPulse(Scene scene, LongConsumer report) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            long now = System.currentTimeMillis();
            // Removed later: the scene is iterating over its listeners right now.
            Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
            report.accept(now - ManagementFactory.getRuntimeMXBean().getStartTime());
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
