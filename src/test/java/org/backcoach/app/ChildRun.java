package org.backcoach.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One child JVM for the crash tests: the real launcher (or a test main) on the test class path,
 * optionally killed with SIGKILL after a delay. {@link Process#destroyForcibly()} sends SIGKILL on
 * Linux and macOS: no shutdown hook, no finally block, no flush runs in the child.
 */
public final class ChildRun {

    /** Only start-up gets faster (client compiler, serial GC); the application code is the same. */
    static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");
    private static final long LIMIT_SECONDS = 120;

    /**
     * @param exitCode  the child's exit code (137 after a kill)
     * @param killed    the kill reached the child before it exited by itself
     * @param millis    from start to exit
     */
    public record Outcome(int exitCode, boolean killed, long millis, String out, String err) {
        /** The command told the person it was done: it exited with 0. */
        public boolean acknowledged() {
            return exitCode == 0;
        }
    }

    private ChildRun() {
    }

    /** Runs {@code mainClass args} with BACKCOACH_DATA_DIR={@code dataDir}; kills it after {@code killAfterMillis} when that is positive. */
    public static Outcome run(Path dataDir, Path outputs, long killAfterMillis, List<String> jvmOptions, String mainClass,
                              List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(FAST_START);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(ChildJvm.classPath());
        command.add(mainClass);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("BACKCOACH_DATA_DIR", dataDir.toString());
        // A person's terminal is UTF-8; without it the JVM would decode non-ASCII arguments as '?'.
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Files.createDirectories(outputs);
        Path out = outputs.resolve("out.txt");
        Path err = outputs.resolve("err.txt");
        builder.redirectOutput(out.toFile());
        builder.redirectError(err.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        boolean killed = false;
        if (killAfterMillis > 0 && !process.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            killed = true;
        }
        if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("child JVM did not finish within " + LIMIT_SECONDS + " s: " + command);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        // The child may have exited by itself just before the kill was sent.
        killed = killed && process.exitValue() != 0;
        return new Outcome(process.exitValue(), killed, millis, Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The real command line, as a person's shell starts it. */
    public static Outcome backcoach(Path dataDir, Path outputs, long killAfterMillis, List<String> args)
            throws IOException, InterruptedException {
        return run(dataDir, outputs, killAfterMillis, List.of(), Launcher.class.getName(), args);
    }
}
