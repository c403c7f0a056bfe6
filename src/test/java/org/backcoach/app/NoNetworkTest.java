package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BackCoach never uses the network: the whole app runs in a child JVM whose every way of opening a
 * socket (java.net sockets, URL connections, datagrams, NIO channels and so the HTTP client) is
 * refused and recorded by {@link NetworkGuard}. The probe run shows the guard does see each kind.
 */
class NoNetworkTest {

    private static final List<String> GUARDED = List.of(
            "-Djava.nio.channels.spi.SelectorProvider=" + RefusingSelectorProvider.class.getName(),
            "--add-exports", "java.base/sun.nio.ch=ALL-UNNAMED",
            "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
            "-Djava.awt.headless=true", "-Dheadless.geometry=1600x1200-32");

    @TempDir
    Path dir;

    @Test
    void theWholeAppRunsWithoutOpeningASocket() throws Exception {
        Path data = dir.resolve("data");
        Path log = dir.resolve("network.log");
        ChildRun.Outcome run = ChildRun.run(data, dir.resolve("out"), 0, GUARDED, NoNetworkRun.class.getName(),
                List.of("app", data.toString(), log.toString()));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).as("the window really opened").containsPattern("(?m)^startup_ms=\\d+$");
        assertThat(data.resolve("sheet.pdf")).isNotEmptyFile();
        assertThat(data.resolve("report.pdf")).isNotEmptyFile();
        assertThat(data.resolve("flare-plan.pdf")).isNotEmptyFile();
        assertThat(Files.readString(data.resolve("export.json"))).contains("evening walk helped");
        assertThat(data.resolve("csv").resolve("checkin.csv")).isNotEmptyFile();
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).as("network attempts").isEmpty();
    }

    @Test
    void theGuardSeesEveryKindOfConnection() throws Exception {
        Path log = dir.resolve("network.log");
        ChildRun.Outcome run = ChildRun.run(dir.resolve("data"), dir.resolve("out"), 0, GUARDED,
                NoNetworkRun.class.getName(), List.of("probe", log.toString()));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly("recorded socket", "recorded server socket", "recorded datagram",
                "recorded url", "recorded socket channel", "recorded http client");
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("java.net.Socket", "java.net.ServerSocket",
                "java.net.DatagramSocket", "java.nio.channels.SocketChannel");
    }
}
