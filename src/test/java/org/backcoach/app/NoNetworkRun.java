package org.backcoach.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.backcoach.cli.BackCoachCli;
import org.backcoach.cli.CliEnvironment;

/**
 * The child JVM of {@link NoNetworkTest}. {@code app DATA_DIR LOG}: installs {@link NetworkGuard},
 * then runs the real command line (check-in, exercise sheet, report, flare plan, exports, backup)
 * and finally starts the real window through {@link Launcher} with --smoke-exit. {@code probe LOG}:
 * tries every kind of connection, to prove the guard sees them.
 */
public final class NoNetworkRun {

    private NoNetworkRun() {
    }

    public static void main(String[] args) throws Exception {
        NetworkGuard.install(Path.of(args[args.length - 1]));
        if (args[0].equals("probe")) {
            probe();
            System.exit(0);
        }
        Path data = Path.of(args[1]);
        List<List<String>> commands = List.of(
                List.of("checkin", "--pain=5", "--worst=7", "--factors=walking,long-sitting", "--note=evening walk helped"),
                List.of("log-exercise", "cat-cow", "--pain=2"),
                List.of("sheet", "--today", "--out=" + data.resolve("sheet.pdf")),
                List.of("report", "--out=" + data.resolve("report.pdf")),
                List.of("flare-plan", "--out=" + data.resolve("flare-plan.pdf")),
                List.of("export", "--format=json", "--out=" + data.resolve("export.json")),
                List.of("export", "--format=csv", "--out=" + data.resolve("csv")),
                List.of("backup"));
        for (List<String> command : commands) {
            String[] full = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of("--data-dir=" + data))
                    .toArray(String[]::new);
            int code = BackCoachCli.run(full, CliEnvironment.system());
            if (code != 0) {
                System.err.println("command failed with " + code + ": " + command);
                System.exit(3);
            }
        }
        Launcher.main(new String[] {"--data-dir", data.toString(), "--smoke-exit"});
        System.exit(0);
    }

    /** Each attempt must be refused and recorded; the connections go nowhere real (discard port, closed). */
    private static void probe() throws IOException {
        attempt("socket", () -> new Socket().connect(new InetSocketAddress("127.0.0.1", 9), 200));
        attempt("server socket", () -> new ServerSocket(0).close());
        attempt("datagram", () -> new DatagramSocket().send(new DatagramPacket(new byte[1], 1, new InetSocketAddress("127.0.0.1", 9))));
        attempt("url", () -> {
            try (InputStream in = URI.create("http://127.0.0.1:9/").toURL().openStream()) {
                in.read();
            }
        });
        attempt("socket channel", () -> SocketChannel.open(new InetSocketAddress("127.0.0.1", 9)).close());
        attempt("http client", () -> HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:9/")).build(), HttpResponse.BodyHandlers.discarding()));
    }

    private interface Attempt {
        void run() throws Exception;
    }

    /** Prints "recorded NAME" when the guard logged the attempt, "missed NAME" when it went unseen. */
    private static void attempt(String name, Attempt attempt) throws IOException {
        long before = NetworkGuard.attempts();
        try {
            attempt.run();
        } catch (Exception | Error e) {
            // Refused, as it should be.
        }
        System.out.println((NetworkGuard.attempts() > before ? "recorded " : "missed ") + name);
    }
}
