package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One BackCoach per data folder, found through a file lock; a second launch calls the first forward. */
class SingleInstanceTest {

    @TempDir
    Path dir;

    @Test
    void theFolderCanBeHeldByOneInstanceAtATime() throws Exception {
        Optional<SingleInstance> first = SingleInstance.acquire(dir);
        assertThat(first).isPresent();
        assertThat(SingleInstance.acquire(dir)).isEmpty();
        first.get().close();
        Optional<SingleInstance> again = SingleInstance.acquire(dir);
        assertThat(again).as("released on close").isPresent();
        again.get().close();
        assertThat(SingleInstance.acquire(dir.resolve("other"))).as("another data folder is another instance")
                .hasValueSatisfying(SingleInstance::close);
    }

    @Test
    void aSignalFromAnotherLaunchReachesTheRunningInstance() throws Exception {
        try (SingleInstance running = SingleInstance.acquire(dir).orElseThrow()) {
            CountDownLatch activated = new CountDownLatch(1);
            running.watch(activated::countDown);
            SingleInstance.signalRunning(dir);
            assertThat(activated.await(20, TimeUnit.SECONDS)).isTrue();
            try (var left = Files.list(dir.resolve(SingleInstance.FOLDER))) {
                assertThat(left.map(p -> p.getFileName().toString()).toList()).as("signals are consumed")
                        .containsExactly("lock");
            }
        }
    }

    @Test
    void aSecondLaunchOfTheRealAppBringsTheFirstForwardWithoutStartingJavaFx() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (SingleInstance running = SingleInstance.acquire(data).orElseThrow()) {
            CountDownLatch activated = new CountDownLatch(1);
            running.watch(activated::countDown);
            ChildJvm.Outcome second = ChildJvm.run(data, List.of("-verbose:class"));
            assertThat(second.exitCode()).as(second.err()).isZero();
            assertThat(second.out()).contains("BackCoach is already open");
            assertThat(second.out().lines().filter(line -> line.contains("javafx.") || line.contains("com.sun.glass")))
                    .as("no JavaFX class loaded by the second launch").isEmpty();
            assertThat(activated.await(20, TimeUnit.SECONDS)).as("the first instance was asked to come forward").isTrue();
        }
    }
}
