package org.backcoach.app;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.backcoach.settings.WindowBounds;

/**
 * Remembers the main window's size and position. It follows the normal (not maximised, not
 * minimised) bounds as they change, so a window closed while maximised comes back maximised and
 * un-maximises to where it was. The last bounds can be read from any thread (for a save while
 * the JVM shuts down).
 */
final class WindowMemory {

    private final Stage stage;
    private volatile WindowBounds last;
    private volatile boolean maximized;

    WindowMemory(Stage stage) {
        this.stage = stage;
        stage.xProperty().addListener((obs, old, value) -> follow());
        stage.yProperty().addListener((obs, old, value) -> follow());
        stage.widthProperty().addListener((obs, old, value) -> follow());
        stage.heightProperty().addListener((obs, old, value) -> follow());
        stage.maximizedProperty().addListener((obs, old, value) -> follow());
    }

    /** Places the stage before it is shown: last time's bounds if they still fit a screen, else centred. */
    void restore(Optional<WindowBounds> saved, double defaultWidth, double defaultHeight) {
        List<WindowPlacement.Area> screens = Screen.getScreens().stream().map(Screen::getVisualBounds)
                .map(WindowMemory::area).toList();
        Optional<WindowBounds> placed = saved.flatMap(bounds -> WindowPlacement.restore(bounds, screens));
        if (placed.isPresent()) {
            WindowBounds bounds = placed.get();
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
            stage.setMaximized(bounds.maximized());
        } else {
            double[] size = WindowPlacement.fitSize(saved.map(WindowBounds::width).orElse(defaultWidth),
                    saved.map(WindowBounds::height).orElse(defaultHeight), area(Screen.getPrimary().getVisualBounds()));
            stage.setWidth(size[0]);
            stage.setHeight(size[1]);
            stage.centerOnScreen();
            saved.ifPresent(bounds -> stage.setMaximized(bounds.maximized()));
        }
        follow();
    }

    /** The bounds to save; empty if the window never had a real size. Safe from any thread. */
    Optional<WindowBounds> current() {
        WindowBounds normal = last;
        return normal == null ? Optional.empty() : Optional.of(new WindowBounds(normal.x(), normal.y(), normal.width(),
                normal.height(), maximized));
    }

    private void follow() {
        maximized = stage.isMaximized();
        if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()
                && Double.isFinite(stage.getX()) && Double.isFinite(stage.getY())
                && stage.getWidth() > 0 && stage.getHeight() > 0) {
            last = new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }
    }

    private static WindowPlacement.Area area(Rectangle2D bounds) {
        return new WindowPlacement.Area(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight());
    }
}
