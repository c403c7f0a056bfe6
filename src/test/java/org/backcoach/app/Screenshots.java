package org.backcoach.app;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.backcoach.settings.Appearance;
import org.backcoach.settings.ThemeChoice;

/**
 * Makes docs/screenshots/&lt;screen&gt;-&lt;theme&gt;.png: the real window (AppContext, the demo
 * journal in a temporary data folder) in a 1280 × 800 stage, visited stop by stop as in
 * {@link ScreenTour}, in the light and the dark theme. Run by docs/screenshots/make.sh under Xvfb.
 */
public final class Screenshots {

    /** The stops worth a picture: every main screen, the player, the safety questions, "Spasm now", F1. */
    static final Set<String> PICTURED = Set.of("today", "check-in", "progress", "progress-history", "exercises", "guide",
            "print", "settings", "screening", "player", "spasm", "shortcuts");

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        // A second argument, e.g. 200, takes the pictures at that text size (to look at a layout);
        // a third, e.g. high-contrast, in those themes instead of light and dark.
        int textSize = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        List<ThemeChoice> themes = args.length > 2
                ? java.util.Arrays.stream(args[2].split(",")).map(t -> ThemeChoice.parse(t).orElseThrow()).toList()
                : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK);
        Files.createDirectories(out);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(60, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        for (ThemeChoice theme : themes) {
            // A plain, repeatable folder name: Settings shows it in the pictures.
            Path data = Path.of(System.getProperty("java.io.tmpdir"), "BackCoach-demo", theme.id());
            deleteTree(data);
            Stage stage = onFx(Stage::new);
            ScreenTour tour = onFx(() -> ScreenTour.open(data, stage, new Appearance(theme, textSize)));
            tour.visitEach(stop -> {
                if (PICTURED.contains(stop.name())) {
                    WritableImage image = onFx(() -> tour.scene().snapshot(null));
                    Path file = out.resolve(stop.name() + "-" + theme.id() + ".png");
                    ImageIO.write(toAwt(image), "png", file.toFile());
                    System.out.println("wrote " + file);
                }
                return List.of();
            });
            onFx(() -> {
                tour.close();
                stage.close();
                return null;
            });
        }
        Platform.exit();
    }

    private static void deleteTree(Path folder) throws java.io.IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private static BufferedImage toAwt(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return out;
    }
}
