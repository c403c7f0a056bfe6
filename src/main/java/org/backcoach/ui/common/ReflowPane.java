package org.backcoach.ui.common;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Side by side while the children's preferred widths fit, one under the other (each as wide as
 * the pane) once they do not, e.g. at a large text size. Side by side, the first child takes any
 * room left over. Unlike a FlowPane it never lets a child run past its own edge.
 */
public final class ReflowPane extends Pane {

    private final double gap;

    public ReflowPane(double gap, Node... children) {
        super(children);
        this.gap = gap;
        getStyleClass().add("reflow-pane");
    }

    /** Whether the children fit side by side in {@code width}. */
    boolean sideBySide(double width) {
        return width >= wideWidth();
    }

    private double wideWidth() {
        List<Node> children = getManagedChildren();
        double sum = gap * Math.max(0, children.size() - 1) + snappedLeftInset() + snappedRightInset();
        for (Node child : children) {
            sum += child.prefWidth(-1);
        }
        return sum;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        for (Node child : getManagedChildren()) {
            widest = Math.max(widest, child.minWidth(-1));
        }
        return widest + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return wideWidth();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = (width < 0 ? wideWidth() : width) - snappedLeftInset() - snappedRightInset();
        return layout(inner, false) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        layout(getWidth() - snappedLeftInset() - snappedRightInset(), true);
    }

    /** Places the children in {@code width} (when {@code place}) and returns the height they take. */
    private double layout(double width, boolean place) {
        List<Node> children = getManagedChildren();
        double x = snappedLeftInset();
        double y = snappedTopInset();
        if (sideBySide(width + snappedLeftInset() + snappedRightInset())) {
            double extra = width - (wideWidth() - snappedLeftInset() - snappedRightInset());
            double tallest = 0;
            for (int i = 0; i < children.size(); i++) {
                Node child = children.get(i);
                double w = child.prefWidth(-1) + (i == 0 ? extra : 0);
                double h = child.prefHeight(w);
                if (place) {
                    child.resizeRelocate(x, y, w, h);
                }
                x += w + gap;
                tallest = Math.max(tallest, h);
            }
            return tallest;
        }
        double total = 0;
        for (Node child : children) {
            double h = child.prefHeight(width);
            if (place) {
                child.resizeRelocate(x, y + total, width, h);
            }
            total += h + gap;
        }
        return Math.max(0, total - gap);
    }
}
