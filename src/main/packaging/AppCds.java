import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Adds an application class-data-sharing (AppCDS) archive to the app image, so the JVM maps the
 * app's classes (JavaFX, Jackson, SQLite, BackCoach) from one file instead of reading and checking
 * them one by one at each start. Run by Maven after jpackage:
 *
 *   java src/main/packaging/AppCds.java APP_IMAGE WORK_DIR
 *
 * 1. Training: runs the image's own launcher with -XX:DumpLoadedClassList, as a window start with
 *    --smoke-exit, twice: the first start ever (it creates the journal and asks the safety
 *    questions) and an everyday one; then merges the two class lists. Only start-up is trained: the
 *    archive holds what the window needs to show, and command-line commands load what else they
 *    use from the jars (a larger archive costs disk, and mapping it costs every start). The window
 *    needs a display; on Linux without one it runs under xvfb-run, and without that there is no
 *    archive.
 * 2. Dump: the image's runtime writes APPDIR/backcoach.jsa from that list (-Xshare:dump), with the
 *    launcher's exact classpath. The launcher's -XX:SharedArchiveFile points there.
 * 3. Check: a command runs with -Xshare:on, which fails if the archive cannot be used.
 *
 * On JDK 17 an archive holds the absolute jar paths, so it only serves the image where it was
 * made. The list (APPDIR/backcoach.classlist) ships too: the .deb rebuilds the archive for its
 * install folder. If any step fails, the image simply starts without it.
 */
public final class AppCds {

    public static void main(String[] args) throws Exception {
        Path image = Path.of(args[0]).toRealPath();
        Path work = Files.createDirectories(Path.of(args[1]).toAbsolutePath());
        Layout layout = Layout.of(image);
        Path data = work.resolve("data");
        List<Path> lists = new ArrayList<>();
        boolean window = train(layout, work, data, lists, "window-first", "--smoke-exit")
                && train(layout, work, data, lists, "window", "--smoke-exit");
        if (!window) {
            System.out.println("AppCDS: the window's training run failed or had no display (see " + work
                    + "); the image starts without an archive");
            return;
        }
        Path classList = layout.appDir().resolve("backcoach.classlist");
        Files.write(classList, merge(lists), StandardCharsets.UTF_8);
        Path archive = layout.appDir().resolve("backcoach.jsa");
        List<String> dumpCommand = new ArrayList<>(List.of(layout.javaExe().toString(), "-Xshare:dump"));
        // With the launcher's collector: on JDK 17 only G1 can use archived heap objects, so for the
        // serial collector the archive leaves them out (2 MB that would never be read).
        dumpCommand.addAll(layout.vmOptions());
        dumpCommand.addAll(List.of("-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + archive,
                "-cp", layout.classPath()));
        int dump = run(work.resolve("dump.log"), null, dumpCommand.toArray(String[]::new));
        if (dump != 0 || !Files.isRegularFile(archive)) {
            Files.deleteIfExists(archive);
            System.out.println("AppCDS: the dump failed (see " + work.resolve("dump.log") + "); no archive");
            return;
        }
        int check = run(work.resolve("check.log"), "-Xshare:on", layout.launcher().toString(), "--version");
        if (check != 0) {
            Files.deleteIfExists(archive);
            System.out.println("AppCDS: the launcher cannot use the archive (see " + work.resolve("check.log")
                    + "); removed it");
            return;
        }
        System.out.printf("AppCDS: %s, %d classes, %.1f MB%n", archive, merge(lists).size(),
                Files.size(archive) / (1024.0 * 1024.0));
    }

    private static boolean train(Layout layout, Path work, Path data, List<Path> lists, String name, String... args)
            throws IOException, InterruptedException {
        Path list = work.resolve(name + ".classlist");
        Files.deleteIfExists(list);
        List<String> command = new ArrayList<>();
        boolean needsDisplay = args.length > 0 && args[0].equals("--smoke-exit");
        if (needsDisplay && isLinux() && System.getenv("DISPLAY") == null) {
            if (!onPath("xvfb-run")) {
                return false;
            }
            command.addAll(List.of("xvfb-run", "-a"));
        }
        command.add(layout.launcher().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        builder.environment().put("JAVA_TOOL_OPTIONS", "-XX:DumpLoadedClassList=" + list);
        builder.environment().put("BACKCOACH_DATA_DIR", data.toString());
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return false;
        }
        if (process.exitValue() == 0 && Files.isRegularFile(list)) {
            lists.add(list);
            return true;
        }
        return false;
    }

    /** All classes any training run loaded, each once, in first-seen order (the order helps locality). */
    private static List<String> merge(List<Path> lists) throws IOException {
        Set<String> lines = new LinkedHashSet<>();
        for (Path list : lists) {
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        }
        return new ArrayList<>(lines);
    }

    private static int run(Path log, String javaToolOptions, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (javaToolOptions != null) {
            builder.environment().put("JAVA_TOOL_OPTIONS", javaToolOptions);
        }
        Process process = builder.start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** Where jpackage puts things on each OS. */
    record Layout(Path launcher, Path appDir, Path javaExe) {
        static Layout of(Path image) {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            if (os.startsWith("windows")) {
                return new Layout(image.resolve("BackCoach.exe"), image.resolve("app"),
                        image.resolve("runtime/bin/java.exe"));
            }
            if (os.startsWith("mac")) {
                return new Layout(image.resolve("Contents/MacOS/BackCoach"), image.resolve("Contents/app"),
                        image.resolve("Contents/runtime/Contents/Home/bin/java"));
            }
            return new Layout(image.resolve("bin/BackCoach"), image.resolve("lib/app"), image.resolve("lib/runtime/bin/java"));
        }

        /** The classpath exactly as the launcher builds it from its .cfg file. */
        String classPath() throws IOException {
            return String.join(java.io.File.pathSeparator, cfgValues("app.classpath="));
        }

        /** The launcher's -XX options (the collector), except the archive it names. */
        List<String> vmOptions() throws IOException {
            return cfgValues("java-options=").stream()
                    .filter(option -> option.startsWith("-XX:") && !option.startsWith("-XX:SharedArchiveFile")).toList();
        }

        private List<String> cfgValues(String key) throws IOException {
            List<String> values = new ArrayList<>();
            for (String line : Files.readAllLines(appDir.resolve("BackCoach.cfg"), StandardCharsets.UTF_8)) {
                if (line.startsWith(key)) {
                    values.add(line.substring(key.length()).replace("$APPDIR", appDir.toString()));
                }
            }
            return values;
        }
    }
}
