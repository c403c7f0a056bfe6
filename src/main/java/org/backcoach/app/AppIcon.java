package org.backcoach.app;

import java.io.InputStream;
import java.util.logging.Logger;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The window and tray icons, rendered from the vector mark at build time (see src/main/packaging). */
final class AppIcon {

    private static final Logger LOG = Logger.getLogger(AppIcon.class.getName());
    static final int[] WINDOW_SIZES = {16, 32, 48, 256};

    private AppIcon() {
    }

    static String resource(int size) {
        return "/org/backcoach/app/icon/backcoach-" + size + ".png";
    }

    static void addTo(Stage stage) {
        for (int size : WINDOW_SIZES) {
            try (InputStream in = AppIcon.class.getResourceAsStream(resource(size))) {
                if (in == null) {
                    LOG.fine(() -> "no " + size + " px icon in this build");
                    continue;
                }
                stage.getIcons().add(new Image(in));
            } catch (java.io.IOException e) {
                LOG.fine(() -> "could not read the " + size + " px icon");
            }
        }
    }
}
