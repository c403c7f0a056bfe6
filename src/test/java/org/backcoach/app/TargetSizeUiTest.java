package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.backcoach.settings.Appearance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Large targets: at the normal text size every button, toggle, radio button, check box, text
 * field, combo box, date picker, spinner and slider on every screen, flow and modal is at least
 * 32 px high (body-map regions included), so a shaky hand or a laptop on the floor still hits it.
 */
@ExtendWith(ApplicationExtension.class)
class TargetSizeUiTest {

    static final double MIN_HEIGHT = 32;

    @TempDir
    static Path root;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void everyControlIsAtLeast32PixelsHighAtTheNormalTextSize(FxRobot robot) throws Exception {
        Path data = Files.createDirectories(root.resolve("targets"));
        ScreenTour tour = OnFx.call(() -> ScreenTour.open(data, stage, Appearance.defaults()));
        List<String> small = new ArrayList<>();
        int measured = 0;
        try {
            for (ScreenTour.Stop stop : ScreenTour.stops()) {
                robot.interact(() -> stop.open().accept(tour));
                WaitForAsyncUtils.waitForFxEvents();
                measured += OnFx.call(() -> {
                    tour.scene().getRoot().applyCss();
                    tour.scene().getRoot().layout();
                    int count = 0;
                    for (Node node : SceneWalk.shown(tour.scene().getRoot())) {
                        if (target(node) && !SceneWalk.partOfAnother(node)) {
                            count++;
                            double height = node.getLayoutBounds().getHeight();
                            if (height < MIN_HEIGHT - 0.01) {
                                small.add(stop + ": " + SceneWalk.describe(node) + " is " + Math.round(height * 10) / 10.0 + " px high");
                            }
                        }
                    }
                    return count;
                });
            }
        } finally {
            robot.interact(tour::close);
        }
        assertThat(small).as("controls lower than %s px", MIN_HEIGHT).isEmpty();
        assertThat(measured).as("controls measured on all screens").isGreaterThan(300);
    }

    private static boolean target(Node node) {
        return node instanceof ButtonBase || node instanceof TextField || node instanceof ComboBoxBase<?>
                || node instanceof Slider || node instanceof Spinner<?>;
    }
}
