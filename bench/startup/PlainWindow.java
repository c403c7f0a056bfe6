import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The plain bare window, the start-up baseline a person would run instead of BackCoach: one label
 * in a 900×650 window, nothing else. bench/startup/run.sh builds it as one fat jar with the same
 * JavaFX version as BackCoach and starts it with {@code java -jar} on the machine's JDK, with no
 * java options, no jlinked runtime and no class-data archive of its own. {@link HelloWindow} shows
 * the same window at BackCoach's size, packaged the way BackCoach is.
 *
 * <p>Both are timed exactly as BackCoach's {@code --smoke-exit} times itself (StartupTiming): from
 * the JVM's start to the first layout pulse after the window is shown, the pulse that renders it.
 * The main class does not extend Application, so JavaFX on the class path is enough to start it.
 */
public final class PlainWindow {

    private static volatile double width;
    private static volatile double height;
    private static volatile String title;

    private PlainWindow() {
    }

    public static void main(String[] args) {
        show(900, 650, "Plain window", args);
    }

    /** Shows the window; {@code --smoke-exit} closes it after the first pulse, as BackCoach's does. */
    static void show(double windowWidth, double windowHeight, String windowTitle, String[] args) {
        width = windowWidth;
        height = windowHeight;
        title = windowTitle;
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            boolean smokeExit = getParameters().getRaw().contains("--smoke-exit");
            Scene scene = new Scene(new StackPane(new Label("Hello, world")), width, height);
            stage.setTitle(title);
            stage.setScene(scene);
            stage.show();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                long now = System.currentTimeMillis();
                // Removed later: the scene is iterating over its listeners right now.
                Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
                System.out.println("startup_ms=" + (now - ManagementFactory.getRuntimeMXBean().getStartTime()));
                System.out.flush();
                if (smokeExit) {
                    Platform.exit();
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
        }
    }
}
