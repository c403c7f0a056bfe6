import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up baseline: a bare JavaFX window, started the way BackCoach starts (a main class
 * that does not extend Application, JavaFX jars on the classpath, the same runtime image and
 * launcher) and timed the same way: JVM start to the first layout pulse of the shown window.
 */
public final class HelloWindow {

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            boolean smokeExit = getParameters().getRaw().contains("--smoke-exit");
            Scene scene = new Scene(new StackPane(new Label("Hello, world")), 1100, 760);
            stage.setTitle("Hello");
            stage.setScene(scene);
            stage.show();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                long now = System.currentTimeMillis();
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
