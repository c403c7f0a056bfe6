package org.backcoach.ui.common;

import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;

/** Helpers for TestFX tests: scroll a node into view before the robot clicks it, strict English messages. */
public final class UiTestSupport {

    private UiTestSupport() {
    }

    /** English words that throw on a key messages.properties lacks, so a test fails instead of showing "!key!". */
    public static Messages english() {
        return Messages.strict(Locale.ENGLISH);
    }

    /** Scrolls every enclosing ScrollPane so {@code node} is on screen, as a person would. */
    public static <T extends Node> T reveal(FxRobot robot, T node) {
        robot.interact(() -> {
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane scroll && scroll.getContent() != null) {
                    Node content = scroll.getContent();
                    Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                    if (room > 0) {
                        scroll.setVvalue(Math.max(0, Math.min(1, (inContent.getMinY() - 40) / room)));
                    }
                }
            }
        });
        return node;
    }

    public static org.testfx.api.FxRobotInterface clickOn(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        reveal(robot, node);
        return robot.clickOn(node);
    }
}
