package org.backcoach.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.channels.spi.SelectorProvider;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Refuses and records every network socket a JVM tries to open, for the no-network test. It covers
 * the three ways Java opens one: {@link Socket} and {@link ServerSocket} (and so URL connections)
 * through their implementation factories, {@link DatagramSocket} through its factory, and every NIO
 * channel ({@code SocketChannel}, {@code ServerSocketChannel}, {@code DatagramChannel}, and so
 * {@code java.net.http.HttpClient}) through {@link RefusingSelectorProvider}, which the JVM must be
 * started with ({@code -Djava.nio.channels.spi.SelectorProvider=...}). Each attempt is appended to
 * the log file at once, so an attempt the caller swallows is still on record.
 */
final class NetworkGuard {

    private static Path log;

    private NetworkGuard() {
    }

    /** Installs the guard before anything else runs; fails if the NIO part was not set up on the command line. */
    static void install(Path logFile) throws IOException {
        log = logFile;
        Files.writeString(log, "", StandardCharsets.UTF_8);
        Socket.setSocketImplFactory(() -> {
            throw refuse("java.net.Socket");
        });
        ServerSocket.setSocketFactory(() -> {
            throw refuse("java.net.ServerSocket");
        });
        DatagramSocket.setDatagramSocketImplFactory(() -> {
            throw refuse("java.net.DatagramSocket");
        });
        if (!(SelectorProvider.provider() instanceof RefusingSelectorProvider)) {
            throw new IllegalStateException("start the JVM with -Djava.nio.channels.spi.SelectorProvider="
                    + RefusingSelectorProvider.class.getName());
        }
    }

    /** How many attempts the log holds so far. */
    static synchronized long attempts() throws IOException {
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.count();
        }
    }

    /** Records the attempt and returns the exception to throw at the caller. */
    static RuntimeException refuse(String kind) {
        record(kind);
        return new UncheckedIOException(new SocketException("network access refused by the test guard: " + kind));
    }

    static synchronized void record(String kind) {
        String where = Arrays.stream(Thread.currentThread().getStackTrace()).skip(2).limit(12)
                .map(StackTraceElement::toString).collect(Collectors.joining(" < "));
        if (log == null) {
            System.err.println("network attempt before the guard was installed: " + kind + " | " + where);
            return;
        }
        try {
            Files.writeString(log, kind + " | " + Thread.currentThread().getName() + " | " + where + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
