package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import org.backcoach.settings.Appearance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Large targets: at the normal text size every button, toggle, radio button, check box, text
 * field, combo box, date picker, spinner and slider on every screen, flow and modal is at least
 * 32 px high (body-map regions included), so a shaky hand or a laptop on the floor still hits it.
 */
@ExtendWith(ApplicationExtension.class)
class TargetSizeUiTest {

    static final double MIN_HEIGHT = 32;

    @RegisterExtension
    final WholeWindow window = new WholeWindow();

    @Test
    void everyControlIsAtLeast32PixelsHighAtTheNormalTextSize() throws Exception {
        ScreenTour tour = window.open(Appearance.defaults());
        AtomicInteger measured = new AtomicInteger();
        List<String> small = tour.visitEach(stop -> OnFx.call(() -> {
            List<String> low = new ArrayList<>();
            for (Node node : SceneWalk.shown(tour.scene().getRoot())) {
                if (target(node) && !SceneWalk.partOfAnother(node)) {
                    measured.incrementAndGet();
                    double height = node.getLayoutBounds().getHeight();
                    if (height < MIN_HEIGHT - 0.01) {
                        low.add(SceneWalk.describe(node) + " is " + Math.round(height * 10) / 10.0 + " px high");
                    }
                }
            }
            return low;
        }));
        assertThat(small).as("controls lower than %s px", MIN_HEIGHT).isEmpty();
        assertThat(measured.get()).as("controls measured on all screens").isGreaterThan(300);
    }

    private static boolean target(Node node) {
        return node instanceof ButtonBase || node instanceof TextField || node instanceof ComboBoxBase<?>
                || node instanceof Slider || node instanceof Spinner<?>;
    }
}
