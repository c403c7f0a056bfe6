package org.backcoach.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

/**
 * Finds text a person could not read in full: a Labeled whose skin shows an ellipsis (its
 * LabeledText child renders something other than the label's own text), or a label pushed past
 * the window's edge or sideways out of its page's scrolling area. Tables and lists may scroll
 * sideways; pages must reflow.
 */
final class TextFit {

    private TextFit() {
    }

    static List<String> problems(Scene scene) {
        List<String> problems = new ArrayList<>();
        visit(scene.getRoot(), scene, problems);
        return problems;
    }

    private static void visit(Node node, Scene scene, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            check(labeled, scene, problems);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, scene, problems);
            }
        }
    }

    private static void check(Labeled labeled, Scene scene, List<String> problems) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return;
        }
        // The label's own text node, not its graphic (an icon is a Text too).
        Text shown = labeled.getChildrenUnmodifiable().stream().filter(n -> n != labeled.getGraphic())
                .filter(Text.class::isInstance).map(Text.class::cast).findFirst().orElse(null);
        if (shown == null) {
            return;
        }
        String expected = labeled.isMnemonicParsing() ? withoutMnemonic(text) : text;
        if (!shown.getText().equals(expected)) {
            problems.add("ellipsis: shows \"" + shown.getText() + "\" for \"" + expected + "\" " + describe(labeled));
            return;
        }
        Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
        Node scroller = scroller(labeled);
        if (scroller != null && !(scroller instanceof ScrollPane)) {
            return;
        }
        if (scroller instanceof ScrollPane pane) {
            Node viewport = pane.getChildrenUnmodifiable().stream()
                    .filter(n -> n.getStyleClass().contains("viewport")).findFirst().orElse(pane);
            Bounds area = viewport.localToScene(viewport.getLayoutBounds());
            if (bounds.getMinX() < area.getMinX() - 1 || bounds.getMaxX() > area.getMaxX() + 1) {
                problems.add("sideways out of its page (" + Math.round(bounds.getMinX()) + "–"
                        + Math.round(bounds.getMaxX()) + " px, page " + Math.round(area.getMinX()) + "–"
                        + Math.round(area.getMaxX()) + "): \"" + expected + "\" " + describe(labeled));
            }
            return;
        }
        if (bounds.getMaxX() > scene.getWidth() + 1 || bounds.getMaxY() > scene.getHeight() + 1) {
            problems.add("past the window's edge (ends at " + Math.round(bounds.getMaxX()) + ", "
                    + Math.round(bounds.getMaxY()) + "): \"" + expected + "\" " + describe(labeled));
        }
    }

    /** The nearest ancestor that scrolls: a page's ScrollPane, or a list or table (which may scroll sideways). */
    private static Node scroller(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane || p instanceof VirtualFlow<?> || p instanceof TableView<?>
                    || p instanceof ListView<?>) {
                return p;
            }
        }
        return null;
    }

    /** "_Save check-in" shows as "Save check-in"; "__" is a literal underscore. */
    static String withoutMnemonic(String text) {
        int at = text.indexOf('_');
        while (at >= 0 && at + 1 < text.length() && text.charAt(at + 1) == '_') {
            at = text.indexOf('_', at + 2);
        }
        String once = at >= 0 && at + 1 < text.length() ? text.substring(0, at) + text.substring(at + 1) : text;
        return once.replace("__", "_");
    }

    static String describe(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node n = node; n != null && path.length() < 200; n = n.getParent()) {
            if (n.getId() != null) {
                path.append(" in #").append(n.getId());
                if (n != node) {
                    break;
                }
            }
        }
        return "(" + node.getClass().getSimpleName() + path + ")";
    }
}
