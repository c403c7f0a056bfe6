package org.backcoach.app;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A person with only a keyboard: Tab from control to control round the whole window, noting
 * where the focus lands and whether its ring shows, and the arrow keys inside a toggle group;
 * then, control by control, the key that should work it ({@link KeyActivation}).
 */
final class KeyboardWalk {

    private final Scene scene;
    private final Color focusColour;
    private final Keys keys = new Keys();
    private final KeyActivation activation;
    /** Toggles reached with the arrow keys, so a group seen again on a later screen is not walked twice. */
    private final Set<Control> arrowReached = new java.util.HashSet<>();

    KeyboardWalk(Scene scene, Color focusColour) {
        this.scene = scene;
        this.focusColour = focusColour;
        this.activation = new KeyActivation(scene, keys);
    }

    /** Every control a keyboard should reach now: shown, enabled, focus-traversable. */
    List<Control> stops() {
        return OnFx.call(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            List<Control> stops = new ArrayList<>();
            for (Node node : SceneWalk.shown(scene.getRoot())) {
                if (node instanceof Control control && control.isFocusTraversable() && !control.isDisabled()
                        && !SceneWalk.partOfAnother(control)) {
                    stops.add(control);
                }
            }
            return stops;
        });
    }

    /**
     * Tabs from the first stop until the focus comes back to it; returns the problems: stops
     * never reached, focus on something that is not a stop, focus without a visible ring.
     */
    List<String> tabRound(List<Control> stops) {
        List<String> problems = new ArrayList<>();
        if (stops.isEmpty()) {
            return problems;
        }
        Set<Control> reached = new LinkedHashSet<>();
        Control first = stops.get(0);
        OnFx.run(first::requestFocus);
        for (int i = 0; i < stops.size() * 3 + 20; i++) {
            int step = i;
            boolean back = OnFx.call(() -> {
                Control at = stopOwning(scene.getFocusOwner(), stops);
                if (at == null) {
                    problems.add("Tab went to " + SceneWalk.describe(scene.getFocusOwner())
                            + ", which is hidden, disabled or not a control");
                    return false;
                }
                if (step > 0 && at == first) {
                    return true;
                }
                reached.add(at);
                if (!ringShows(at)) {
                    problems.add("no focus ring on " + SceneWalk.describe(at) + " (border " + (at.getBorder() == null ? "none"
                            : at.getBorder().getStrokes().get(0).getTopStroke()) + ", window focused "
                            + scene.getWindow().isFocused() + ", root " + scene.getRoot().getStyleClass() + ")");
                }
                return false;
            });
            if (back) {
                break;
            }
            keys.type(KeyCode.TAB);
        }
        reachByArrows(stops, reached);
        for (Control stop : stops) {
            if (!reached.contains(stop)) {
                problems.add("Tab never reaches " + SceneWalk.describe(stop));
            }
        }
        return problems;
    }

    /**
     * A group of toggles (radio buttons, the navigation, a 0–10 scale) is one Tab stop once one
     * of them is chosen, as everywhere; the arrow keys move between its members from there.
     */
    private void reachByArrows(List<Control> stops, Set<Control> reached) {
        for (Control stop : stops) {
            if (reached.contains(stop) || !(stop instanceof Toggle toggle) || toggle.getToggleGroup() == null) {
                continue;
            }
            ToggleGroup group = toggle.getToggleGroup();
            Toggle chosen = group.getSelectedToggle();
            if (!(chosen instanceof Control entry) || !reached.contains(entry)) {
                continue;
            }
            if (arrowReached.contains(stop)) {
                reached.add(stop); // the same group on an earlier screen (the navigation): already walked
                continue;
            }
            for (KeyCode arrow : List.of(KeyCode.DOWN, KeyCode.UP)) {
                OnFx.run(entry::requestFocus);
                for (int i = 0; i < group.getToggles().size() && !reached.contains(stop); i++) {
                    keys.type(arrow);
                    OnFx.run(() -> {
                        if (stopOwning(scene.getFocusOwner(), stops) instanceof Toggle t && t.getToggleGroup() == group) {
                            reached.add((Control) t);
                            arrowReached.add((Control) t);
                        }
                    });
                }
            }
            // The arrows chose as they went (that is how a radio group works): choose the first again.
            OnFx.run(() -> {
                group.selectToggle(chosen);
                entry.requestFocus();
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Works the control with its key; null when it answered, or what went wrong (see {@link KeyActivation}). */
    String activate(Control control) {
        return activation.activate(control);
    }

    /** The stop that is, or holds, the focus owner (a date picker's text field stands for the picker). */
    private static Control stopOwning(Node owner, List<Control> stops) {
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n instanceof Control c && stops.contains(c)) {
                return c;
            }
        }
        return null;
    }

    /** Whether the control, or a part of it (a check box's box, a slider's thumb, a tab), wears the focus colour. */
    boolean ringShows(Node node) {
        node.applyCss();
        if (node instanceof Region region && wears(region.getBorder())) {
            return true;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (child.isVisible() && ringShows(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean wears(Border border) {
        if (border == null) {
            return false;
        }
        for (BorderStroke stroke : border.getStrokes()) {
            if (focusColour.equals(stroke.getTopStroke()) && stroke.getWidths().getTop() >= 2) {
                return true;
            }
        }
        return false;
    }
}
