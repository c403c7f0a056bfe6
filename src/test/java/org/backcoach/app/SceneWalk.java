package org.backcoach.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Spinner;

/** What a person can see of a window: the nodes whose every ancestor is visible, in scene-graph order. */
final class SceneWalk {

    private SceneWalk() {
    }

    static List<Node> shown(Parent root) {
        List<Node> nodes = new ArrayList<>();
        collect(root, nodes);
        return nodes;
    }

    private static void collect(Node node, List<Node> nodes) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        nodes.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, nodes);
            }
        }
    }

    /**
     * Whether a control is a part of another control's skin that the outer control stands for
     * (the text field inside a date picker, combo box or spinner), rather than one in its own right.
     */
    static boolean partOfAnother(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ComboBoxBase<?> || p instanceof Spinner<?>) {
                return true;
            }
        }
        return false;
    }

    /** Whether the node or any ancestor is disabled. */
    static boolean enabled(Node node) {
        return !node.isDisabled();
    }

    static String describe(Node node) {
        String text = node instanceof javafx.scene.control.Labeled l && l.getText() != null ? " \"" + l.getText() + "\"" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId()) + text
                + (node instanceof Control c && c.getAccessibleText() != null ? " [" + c.getAccessibleText() + "]" : "");
    }
}
