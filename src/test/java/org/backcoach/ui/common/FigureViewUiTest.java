package org.backcoach.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.backcoach.content.Bundle;
import org.backcoach.content.BundleFixtures;
import org.backcoach.content.Exercise;
import org.backcoach.content.Figure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every exercise figure drawn from the bundle's data: start, end or both, with the shape styles. */
@ExtendWith(ApplicationExtension.class)
class FigureViewUiTest {

    private static final Bundle BUNDLE = BundleFixtures.builtIn();
    private final FlowPane all = new FlowPane(8, 8);

    @Start
    void start(Stage stage) {
        for (Exercise e : BUNDLE.exercises()) {
            FigureView view = new FigureView(e.figure().orElseThrow(), FigureView.Pose.BOTH, 1.0, e.title(), "Start", "End");
            view.setId("fig-" + e.id());
            all.getChildren().add(view);
        }
        stage.setScene(new Scene(all, 1400, 900));
        stage.show();
    }

    @Test
    void eachFigureDrawsItsSceneAndPosesWithStyledStrokes(FxRobot robot) {
        for (Exercise e : BUNDLE.exercises()) {
            Figure figure = e.figure().orElseThrow();
            FigureView view = robot.lookup("#fig-" + e.id()).queryAs(FigureView.class);
            int expected = figure.scene().size() * (figure.hasEndPose() ? 2 : 1) + figure.start().size() + figure.end().size();
            assertThat(shapes(view)).as(e.id()).isEqualTo(expected);
            assertThat(view.getAccessibleText()).isEqualTo(e.title());
            assertThat(view.lookup("#figure-end") != null).as(e.id()).isEqualTo(figure.hasEndPose());
        }
        FigureView catCow = robot.lookup("#fig-cat-cow").queryAs(FigureView.class);
        assertThat(catCow.lookupAll(".figure-ground")).isNotEmpty();
        assertThat(catCow.lookupAll(".figure-body")).allSatisfy(n -> assertThat(((Shape) n).getStrokeWidth()).isEqualTo(3));
        FigureView knee = robot.lookup("#fig-knee-to-chest").queryAs(FigureView.class);
        assertThat(knee.lookupAll(".figure-motion")).isNotEmpty()
                .allSatisfy(n -> assertThat(((Shape) n).getStrokeDashArray()).isNotEmpty())
                .anySatisfy(n -> assertThat(((Arc) n).getType()).isEqualTo(ArcType.OPEN));
        assertThat(robot.lookup("#fig-foam-roll-thoracic").queryAs(FigureView.class).lookupAll(".figure-prop")).isNotEmpty();
    }

    @Test
    void startOnlyAndEndOnlyShowOnePanel(FxRobot robot) {
        Figure figure = BUNDLE.exercise("glute-bridge").orElseThrow().figure().orElseThrow();
        robot.interact(() -> {
            FigureView start = new FigureView(figure, FigureView.Pose.START, 2, "x", "", "");
            FigureView end = new FigureView(figure, FigureView.Pose.END, 2, "x", "", "");
            assertThat(start.getChildren()).hasSize(1);
            assertThat(end.getChildren()).hasSize(1);
            assertThat(shapes(start)).isEqualTo(figure.scene().size() + figure.start().size());
            assertThat(shapes(end)).isEqualTo(figure.scene().size() + figure.end().size());
        });
    }

    private static int shapes(javafx.scene.Node node) {
        int count = node instanceof Shape && node.getStyleClass().stream().anyMatch(c -> c.startsWith("figure-")) ? 1 : 0;
        if (node instanceof javafx.scene.Parent parent) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                count += shapes(child);
            }
        }
        return count;
    }

    @Test
    void aFigureIsNotBlankOnScreen(FxRobot robot) {
        robot.interact(() -> {
            WritableImage image = robot.lookup("#fig-bird-dog").query().snapshot(null, null);
            int dark = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if (image.getPixelReader().getColor(x, y).getBrightness() < 0.4) {
                        dark++;
                    }
                }
            }
            assertThat(dark).as("pixels of the stick figure").isGreaterThan(100);
        });
    }
}
