package org.backcoach.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One window per data folder, without any network: the running app holds a lock on
 * {@code instance/lock}; a second launch drops a file into {@code instance/} and exits, and the
 * running app, which watches that folder (a blocking wait, no polling), brings its window forward.
 * The operating system releases the lock when a process ends, even after a crash.
 */
public final class SingleInstance implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SingleInstance.class.getName());
    static final String FOLDER = "instance";
    private static final String LOCK = "lock";
    private static final String SIGNAL_PREFIX = "activate-";

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;
    private WatchService watcher;

    private SingleInstance(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock for {@code dataFolder}; empty when another BackCoach already holds it. */
    public static Optional<SingleInstance> acquire(Path dataFolder) throws IOException {
        Path folder = Files.createDirectories(dataFolder.resolve(FOLDER));
        FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                clearOldSignals(folder);
                return Optional.of(new SingleInstance(folder, channel, lock));
            }
        } catch (OverlappingFileLockException e) {
            // Held by this same process (only happens in tests): that is "already running" too.
        }
        channel.close();
        return Optional.empty();
    }

    /** Asks the instance that holds the lock on {@code dataFolder} to bring its window forward. */
    public static void signalRunning(Path dataFolder) throws IOException {
        Path folder = Files.createDirectories(dataFolder.resolve(FOLDER));
        Path signal = Files.createTempFile(folder, SIGNAL_PREFIX, ".tmp");
        // Renamed into place so the watcher never sees a half-written file.
        Files.move(signal, folder.resolve(SIGNAL_PREFIX + ProcessHandle.current().pid() + "-" + System.nanoTime()));
    }

    /**
     * Calls {@code onActivation} (on a background thread) each time another launch signals. The
     * watching thread sleeps in the operating system until a file appears.
     */
    public synchronized void watch(Runnable onActivation) throws IOException {
        if (watcher != null) {
            throw new IllegalStateException("already watching");
        }
        watcher = FileSystems.getDefault().newWatchService();
        folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
        Thread thread = new Thread(() -> loop(watcher, onActivation), "backcoach-instance-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(WatchService service, Runnable onActivation) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean activated = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name && name.toString().startsWith(SIGNAL_PREFIX)
                            && !name.toString().endsWith(".tmp")) {
                        Files.deleteIfExists(folder.resolve(name));
                        activated = true;
                    } else if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        activated = true;
                    }
                }
                if (activated) {
                    LOG.info("another launch asked for the window");
                    onActivation.run();
                }
                if (!key.reset()) {
                    return;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closing: nothing more to watch.
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "stopped watching for other launches", e);
        }
    }

    private static void clearOldSignals(Path folder) {
        try (var files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().startsWith(SIGNAL_PREFIX)).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    LOG.fine("could not remove an old signal file");
                }
            });
        } catch (IOException e) {
            LOG.fine("could not list the instance folder");
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (watcher != null) {
                watcher.close();
            }
            lock.release();
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not release the instance lock", e);
        }
    }
}
