package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.chart.Chart;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import org.backcoach.settings.Appearance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What a screen reader can say: on every screen, flow and modal each control (buttons, toggles,
 * fields, pickers, sliders, lists, tables, progress indicators, the body map's regions) and each
 * picture (charts, exercise figures) has a name, from its own text, its accessible text or a
 * label that names it. Charts are read as their trend and figures; the player's timer as a sentence.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleTextUiTest {

    @RegisterExtension
    final WholeWindow window = new WholeWindow();

    @Test
    void everyControlAndPictureOnEveryScreenHasAName() throws Exception {
        ScreenTour tour = window.open(Appearance.defaults());
        AtomicInteger named = new AtomicInteger();
        List<String> nameless = tour.visitEach(stop -> {
            List<String> found = OnFx.call(() -> {
                List<Node> shown = SceneWalk.shown(tour.scene().getRoot());
                List<String> unnamed = new ArrayList<>();
                for (Node node : shown) {
                    if (needsName(node) && !SceneWalk.partOfAnother(node)) {
                        named.incrementAndGet();
                        if (name(node, shown).isBlank()) {
                            unnamed.add(SceneWalk.describe(node) + " in " + TextFit.describe(node));
                        }
                    }
                }
                return unnamed;
            });
            if (stop.name().equals("progress")) {
                String chart = OnFx.call(() -> tour.find("#chart-pain").getAccessibleText());
                assertThat(chart).startsWith("Pain. Pain now fell from 7 to 1 over").contains("Worst pain: latest");
                assertThat(OnFx.call(() -> ((Label) tour.find("#chart-pain-trend")).getText()))
                        .as("the same words are on screen").matches("Pain now fell from 7 to 1 over \\d+ days\\.");
                assertThat(OnFx.call(() -> tour.find("#chart-pain").getAccessibleRole())).isEqualTo(AccessibleRole.TEXT);
            }
            if (stop.name().equals("player")) {
                assertThat(OnFx.call(() -> tour.find("#player-countdown").getAccessibleText()))
                        .isEqualTo("Get ready, 5 seconds left, set 1 of 2");
                assertThat(OnFx.call(() -> tour.find("#player-pause").getAccessibleHelp()))
                        .startsWith("Get ready, 5 seconds left, set 1 of 2. Keys: Space pauses");
            }
            if (stop.name().equals("check-in")) {
                assertThat(OnFx.call(() -> tour.find("#area-lower-back").getAccessibleText())).isEqualTo("Lower back");
                assertThat(OnFx.call(() -> tour.find("#area-thighs-front").getAccessibleText()))
                        .isEqualTo("Thighs, front view");
            }
            return found;
        });
        assertThat(nameless).as("controls a screen reader could only call \"button\" or \"text field\"").isEmpty();
        assertThat(named.get()).as("named controls and pictures on all screens").isGreaterThan(300);
    }

    /** The check itself can fail: an icon-like button with no text, and a field without a label. */
    @Test
    void theCheckFindsANamelessButtonAndAnUnlabelledField(FxRobot robot) {
        javafx.scene.control.Button blank = new javafx.scene.control.Button();
        javafx.scene.control.TextField field = new javafx.scene.control.TextField();
        javafx.scene.control.TextField labelled = new javafx.scene.control.TextField();
        Label label = new Label("Minutes walked");
        label.setLabelFor(labelled);
        List<Node> shown = List.of(blank, field, labelled, label);
        assertThat(name(blank, shown)).isBlank();
        assertThat(name(field, shown)).isBlank();
        assertThat(name(labelled, shown)).isEqualTo("Minutes walked");
        blank.setAccessibleText("Close");
        assertThat(name(blank, shown)).isEqualTo("Close");
    }

    private static boolean needsName(Node node) {
        return node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase<?>
                || node instanceof Slider || node instanceof Spinner<?> || node instanceof ListView<?>
                || node instanceof TableView<?> || node instanceof ProgressIndicator || node instanceof TitledPane
                || node instanceof Chart || node.getAccessibleRole() == AccessibleRole.IMAGE_VIEW;
    }

    /** What a screen reader would call the node: its accessible text, its own text, or its label's. */
    static String name(Node node, List<Node> shown) {
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
            return node.getAccessibleText();
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            return labeled.getText();
        }
        for (Node other : shown) {
            if (other instanceof Label label && label.getLabelFor() == node && label.getText() != null) {
                return label.getText();
            }
        }
        return "";
    }

}
