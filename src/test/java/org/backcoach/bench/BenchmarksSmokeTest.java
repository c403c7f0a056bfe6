package org.backcoach.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The programs under bench/ cannot rot unseen: the build compiles all of them into
 * target/bench-classes (pom.xml, execution bench-compile), and this runs each once, in its own JVM,
 * in a tiny smoke size. It checks that each finishes and prints what its real run prints; it
 * checks no timing (the real runs are bench/*.sh, see docs/performance.md).
 */
class BenchmarksSmokeTest {

    /** The bare windows run on Monocle's headless platform, as the UI tests do. */
    private static final List<String> HEADLESS_WINDOW = List.of("-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true");
    private static final List<String> HEADLESS = List.of("-Djava.awt.headless=true");
    private static final long LIMIT_SECONDS = 120;

    private static Path benchClasses;

    @TempDir
    Path dir;

    @BeforeAll
    static void findBenchClasses() {
        String folder = System.getProperty("bench.classes");
        assertThat(folder).as("system property bench.classes (set by pom.xml for surefire); run this test with Maven")
                .isNotNull();
        benchClasses = Path.of(folder);
        assertThat(benchClasses.resolve("org/backcoach/bench/ProgressBenchmark.class"))
                .as("the build's bench-compile execution writes the benchmarks here").exists();
    }

    @Test
    void progressBenchmarkMeasuresOpeningProgressAndSavingOnATinyJournal() throws Exception {
        String out = run(HEADLESS, "org.backcoach.bench.ProgressBenchmark", dir.resolve("work").toString(), "--smoke");
        assertThat(out).contains("(a) Opening Progress, span 6 weeks").contains("(a) Opening Progress, span all")
                .contains("(b) One check-in save vs raw JDBC reusing prepared statements");
        try (var left = Files.list(dir.resolve("work"))) {
            assertThat(left).as("the generated journals are removed afterwards").isEmpty();
        }
    }

    @Test
    void printBenchmarkComparesTheSheetWithTheTextOnlyPdf() throws Exception {
        String out = run(HEADLESS, "PrintBenchmark", "--smoke");
        assertThat(out).contains("exercise sheet: 10 exercises with figures").contains("baseline: text only");
    }

    @Test
    void docImagesRendersBothPagesIntoTheFolderItIsGiven() throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        run(HEADLESS, "DocImages", images.toString());
        for (String name : List.of("sheet-page.png", "report-page.png")) {
            assertThat(ImageIO.read(images.resolve(name).toFile()).getWidth()).as(name).isGreaterThan(500);
        }
    }

    @Test
    void bothBareWindowsShowAndReportTheirStartUpTime() throws Exception {
        for (String window : List.of("PlainWindow", "HelloWindow")) {
            assertThat(run(HEADLESS_WINDOW, window, "--smoke-exit")).as(window).containsPattern("(?m)^startup_ms=\\d+$");
        }
    }

    /** Runs {@code mainClass} with the test class path plus the compiled benchmarks; returns its output. */
    private String run(List<String> jvmOptions, String mainClass, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Only start-up gets faster; nothing here is timed.
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.util.logging.config.file=/dev/null"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(benchClasses + java.io.File.pathSeparator
                + System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(mainClass);
        command.addAll(List.of(args));
        Path out = dir.resolve(mainClass + "-out.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(mainClass + " did not finish within " + LIMIT_SECONDS + " s");
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(mainClass + " exit code; its output:%n%s", output).isZero();
        return output;
    }
}
