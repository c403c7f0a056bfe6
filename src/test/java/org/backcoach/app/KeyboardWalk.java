package org.backcoach.app;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
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
 * where the focus lands and whether its ring shows; then, control by control, the key that
 * should work it (Space or Enter for buttons, typing for fields, arrows for sliders, lists and
 * tabs, F4 for pickers). Presses are intercepted before they act, and any state they change is
 * put back, so the walk leaves the screen as it found it.
 */
final class KeyboardWalk {

    private final FxRobot robot;
    private final Scene scene;
    private final Color focusColour;
    private final javafx.scene.robot.Robot keyboard = OnFx.call(javafx.scene.robot.Robot::new);
    /** Toggles reached with the arrow keys, so a group seen again on a later screen is not walked twice. */
    private final Set<Control> arrowReached = new java.util.HashSet<>();

    KeyboardWalk(FxRobot robot, Scene scene, Color focusColour) {
        this.robot = robot;
        this.scene = scene;
        this.focusColour = focusColour;
    }

    /**
     * One key, pressed and released through the platform's robot as a keyboard would, then one
     * round trip of the FX thread so the events are handled (quicker than waiting for quiet).
     */
    private void key(KeyCode code) {
        OnFx.run(() -> {
            keyboard.keyPress(code);
            keyboard.keyRelease(code);
        });
        OnFx.run(() -> { });
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
            key(KeyCode.TAB);
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
                    key(arrow);
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

    /** Works the control with its key; null when it answered, or what went wrong. */
    String activate(Control control) {
        OnFx.run(control::requestFocus);
        if (!OnFx.call(() -> focusedWithin(control))) {
            return "cannot take the focus";
        }
        if (control instanceof javafx.scene.control.RadioButton radio && OnFx.call(radio::isSelected)) {
            return null; // the chosen radio button: Space keeps it chosen, by design; its others are pressed in turn
        }
        if (control instanceof ButtonBase button) {
            return press(button);
        }
        if (control instanceof TextInputControl field) {
            return type(field);
        }
        if (control instanceof ComboBoxBase<?> picker) {
            key(KeyCode.F4);
            boolean opened = OnFx.call(picker::isShowing);
            key(KeyCode.ESCAPE);
            OnFx.run(picker::hide);
            return opened ? null : "F4 does not open it";
        }
        if (control instanceof Slider slider) {
            double before = OnFx.call(slider::getValue);
            key(before >= slider.getMax() ? KeyCode.LEFT : KeyCode.RIGHT);
            double after = OnFx.call(slider::getValue);
            OnFx.run(() -> slider.setValue(before));
            return after != before ? null : "the arrow keys do not move it";
        }
        if (control instanceof Spinner<?> spinner) {
            return spin(spinner);
        }
        if (control instanceof ListView<?> list) {
            return choose(list.getItems().size(), () -> list.getSelectionModel().getSelectedIndex(),
                    () -> list.getFocusModel().getFocusedIndex(), i -> list.getSelectionModel().clearAndSelect(i),
                    () -> list.getSelectionModel().clearSelection());
        }
        if (control instanceof TableView<?> table) {
            return choose(table.getItems().size(), () -> table.getSelectionModel().getSelectedIndex(),
                    () -> table.getFocusModel().getFocusedIndex(), i -> table.getSelectionModel().clearAndSelect(i),
                    () -> table.getSelectionModel().clearSelection());
        }
        if (control instanceof TabPane tabs) {
            int before = OnFx.call(() -> tabs.getSelectionModel().getSelectedIndex());
            key(before + 1 < tabs.getTabs().size() ? KeyCode.RIGHT : KeyCode.LEFT);
            int after = OnFx.call(() -> tabs.getSelectionModel().getSelectedIndex());
            OnFx.run(() -> tabs.getSelectionModel().select(before));
            return after != before ? null : "the arrow keys do not change the tab";
        }
        if (control instanceof TitledPane pane) {
            boolean before = OnFx.call(pane::isExpanded);
            key(KeyCode.SPACE);
            boolean after = OnFx.call(pane::isExpanded);
            OnFx.run(() -> pane.setExpanded(before));
            return after != before ? null : "Space does not open or close it";
        }
        if (control instanceof ScrollPane) {
            return null; // a scrolling area only has to take the focus, so the arrow keys scroll it
        }
        return "no keyboard check for a " + control.getClass().getSimpleName();
    }

    private String press(ButtonBase button) {
        boolean[] fired = {false};
        EventHandler<ActionEvent> intercept = e -> {
            fired[0] = true;
            e.consume();
        };
        Runnable restore = OnFx.call(() -> {
            button.addEventFilter(ActionEvent.ACTION, intercept);
            return selectionRestorer(button);
        });
        key(KeyCode.SPACE);
        if (!fired[0]) {
            key(KeyCode.ENTER);
        }
        OnFx.run(() -> {
            button.removeEventFilter(ActionEvent.ACTION, intercept);
            restore.run();
        });
        return fired[0] ? null : "neither Space nor Enter presses it";
    }

    /** Puts back what a press of a toggle or check box changes before its action event. */
    private static Runnable selectionRestorer(ButtonBase button) {
        if (button instanceof ToggleButton toggle) {
            ToggleGroup group = toggle.getToggleGroup();
            if (group != null) {
                Toggle chosen = group.getSelectedToggle();
                return () -> group.selectToggle(chosen);
            }
            boolean selected = toggle.isSelected();
            return () -> toggle.setSelected(selected);
        }
        if (button instanceof CheckBox box) {
            boolean selected = box.isSelected();
            boolean indeterminate = box.isIndeterminate();
            return () -> {
                box.setSelected(selected);
                box.setIndeterminate(indeterminate);
            };
        }
        return () -> { };
    }

    private String type(TextInputControl field) {
        String before = OnFx.call(field::getText);
        if (!field.isEditable()) {
            OnFx.run(() -> keyboard.keyPress(KeyCode.CONTROL));
            key(KeyCode.A);
            OnFx.run(() -> keyboard.keyRelease(KeyCode.CONTROL));
            OnFx.run(() -> { });
            boolean all = OnFx.call(() -> field.getSelection().getLength() == field.getLength());
            return all ? null : "Ctrl+A does not select its text";
        }
        key(KeyCode.DIGIT7);
        String after = OnFx.call(field::getText);
        OnFx.run(() -> field.setText(before));
        return !after.equals(before) ? null : "typing does not change it";
    }

    private <T> String spin(Spinner<T> spinner) {
        T before = OnFx.call(spinner::getValue);
        key(KeyCode.UP);
        if (java.util.Objects.equals(OnFx.call(spinner::getValue), before)) {
            key(KeyCode.DOWN);
        }
        T after = OnFx.call(spinner::getValue);
        OnFx.run(() -> spinner.getValueFactory().setValue(before));
        return !java.util.Objects.equals(after, before) ? null : "the arrow keys do not change it";
    }

    private String choose(int size, java.util.function.IntSupplier selected, java.util.function.IntSupplier focused,
                          java.util.function.IntConsumer select, Runnable clear) {
        if (size == 0) {
            return null; // an empty list only has to take the focus
        }
        int selectedBefore = OnFx.call(selected::getAsInt);
        int focusedBefore = OnFx.call(focused::getAsInt);
        key(focusedBefore >= size - 1 ? KeyCode.UP : KeyCode.DOWN);
        boolean moved = OnFx.call(() -> selected.getAsInt() != selectedBefore || focused.getAsInt() != focusedBefore);
        OnFx.run(() -> {
            if (selectedBefore < 0) {
                clear.run();
            } else {
                select.accept(selectedBefore);
            }
        });
        return moved ? null : "the arrow keys do not move through it";
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

    private boolean focusedWithin(Control control) {
        for (Node n = scene.getFocusOwner(); n != null; n = n.getParent()) {
            if (n == control) {
                return true;
            }
        }
        return false;
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
