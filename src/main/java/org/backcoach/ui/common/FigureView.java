package org.backcoach.ui.common;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.transform.Scale;
import org.backcoach.content.Figure;
import org.backcoach.content.FigureShape;

/**
 * Draws an exercise's {@link Figure}: the scene plus the start pose, the end pose, or both side by
 * side. All geometry comes from the bundle; only stroke look (colour by style class, width, dashes
 * for motion cues) is decided here, so a PDF renderer can draw the same data its own way.
 */
public final class FigureView extends HBox {

    public enum Pose { START, END, BOTH }

    /** Stroke widths in figure units, per style: the body reads first, props and cues lighter. */
    static double strokeWidth(FigureShape.Style style) {
        return switch (style) {
            case BODY -> 3;
            case GROUND -> 1.5;
            case PROP -> 2.5;
            case MOTION -> 1.5;
        };
    }

    /**
     * @param scale           screen pixels per figure unit
     * @param accessibleName  what the picture shows, read by screen readers
     * @param startCaption    caption under the start pose when both are shown
     * @param endCaption      caption under the end pose when both are shown
     */
    public FigureView(Figure figure, Pose pose, double scale, String accessibleName, String startCaption,
                      String endCaption) {
        getStyleClass().add("figure-view");
        setSpacing(12);
        setAlignment(Pos.CENTER_LEFT);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText(accessibleName);
        boolean both = pose == Pose.BOTH && figure.hasEndPose();
        if (pose == Pose.END && figure.hasEndPose()) {
            getChildren().add(panel(figure, figure.end(), scale));
        } else if (both) {
            getChildren().addAll(captioned(panel(figure, figure.start(), scale), startCaption, "figure-start"),
                    captioned(panel(figure, figure.end(), scale), endCaption, "figure-end"));
        } else {
            getChildren().add(panel(figure, figure.start(), scale));
        }
    }

    private static Node captioned(Pane panel, String caption, String id) {
        panel.setId(id);
        Label label = new Label(caption);
        label.getStyleClass().add("hint");
        VBox box = new VBox(4, panel, label);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private static Pane panel(Figure figure, List<FigureShape> pose, double scale) {
        Group drawing = new Group();
        figure.scene().forEach(s -> drawing.getChildren().add(shape(s)));
        pose.forEach(s -> drawing.getChildren().add(shape(s)));
        drawing.getTransforms().add(new Scale(scale, scale, 0, 0));
        Pane panel = new Pane(drawing);
        double width = figure.width() * scale;
        double height = figure.height() * scale;
        panel.setMinSize(width, height);
        panel.setPrefSize(width, height);
        panel.setMaxSize(width, height);
        panel.setClip(new Rectangle(width, height));
        panel.getStyleClass().add("figure-panel");
        return panel;
    }

    static Shape shape(FigureShape data) {
        Shape shape;
        if (data instanceof FigureShape.Line l) {
            shape = new Line(l.x1(), l.y1(), l.x2(), l.y2());
        } else if (data instanceof FigureShape.Circle c) {
            shape = new Circle(c.cx(), c.cy(), c.r());
        } else {
            FigureShape.Arc a = (FigureShape.Arc) data;
            Arc arc = new Arc(a.cx(), a.cy(), a.r(), a.r(), a.startAngle(), a.extent());
            arc.setType(ArcType.OPEN);
            shape = arc;
        }
        shape.setFill(null);
        shape.setStrokeWidth(strokeWidth(data.style()));
        shape.setStrokeLineCap(StrokeLineCap.ROUND);
        if (data.style() == FigureShape.Style.MOTION) {
            shape.getStrokeDashArray().setAll(3.0, 2.5);
        }
        shape.getStyleClass().add("figure-" + data.style().name().toLowerCase(Locale.ROOT));
        return shape;
    }
}
