package org.backcoach.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.backcoach.settings.Appearance;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * The whole-window fixture of the access tests: each test gets its own data folder (filled with
 * the demo journal on first use) and opens the window in TestFX's stage with {@link #open}; the
 * window and the folder go away after the test. Register it after TestFX's extension:
 * <pre>
 * &#64;ExtendWith(ApplicationExtension.class)
 * class SomeUiTest {
 *     &#64;RegisterExtension
 *     final WholeWindow window = new WholeWindow();
 * </pre>
 */
final class WholeWindow implements BeforeEachCallback, AfterEachCallback {

    private Path dataFolder;
    private ScreenTour open;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dataFolder = Files.createTempDirectory("backcoach-window");
    }

    /** Opens the window with the look in the folder's settings; a second call is a restart on the same folder. */
    ScreenTour open() {
        return open(null);
    }

    /** Opens the window in {@code appearance}; a second call closes the first window and opens the same folder again. */
    ScreenTour open(Appearance appearance) {
        close();
        open = OnFx.call(() -> ScreenTour.open(dataFolder, stage(), appearance));
        return open;
    }

    /** TestFX's stage, which the window is shown in. */
    Stage stage() {
        return FxToolkit.toolkitContext().getRegisteredStage();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        close();
        try (Stream<Path> files = Files.walk(dataFolder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private void close() {
        if (open != null) {
            OnFx.run(open::close);
            open = null;
        }
    }
}
