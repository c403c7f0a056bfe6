package org.backcoach.app;

import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Node;
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

/**
 * Works one control with the key a keyboard user would use: Space or Enter for buttons and
 * boxes, typing for fields, the arrows for sliders, spinners, lists, tables and tabs, F4 for
 * pickers. Presses are intercepted before they act (an action event is consumed), and any state
 * a key changed is put back, so the walk leaves the screen as it found it.
 */
final class KeyActivation {

    private final Scene scene;
    private final Keys keys;

    KeyActivation(Scene scene, Keys keys) {
        this.scene = scene;
        this.keys = keys;
    }

    /** Null when the control answered its key, or what went wrong. */
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
            keys.type(KeyCode.F4);
            boolean opened = OnFx.call(picker::isShowing);
            keys.type(KeyCode.ESCAPE);
            OnFx.run(picker::hide);
            return opened ? null : "F4 does not open it";
        }
        if (control instanceof Slider slider) {
            double before = OnFx.call(slider::getValue);
            keys.type(before >= slider.getMax() ? KeyCode.LEFT : KeyCode.RIGHT);
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
            keys.type(before + 1 < tabs.getTabs().size() ? KeyCode.RIGHT : KeyCode.LEFT);
            int after = OnFx.call(() -> tabs.getSelectionModel().getSelectedIndex());
            OnFx.run(() -> tabs.getSelectionModel().select(before));
            return after != before ? null : "the arrow keys do not change the tab";
        }
        if (control instanceof TitledPane pane) {
            boolean before = OnFx.call(pane::isExpanded);
            keys.type(KeyCode.SPACE);
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
        keys.type(KeyCode.SPACE);
        if (!fired[0]) {
            keys.type(KeyCode.ENTER);
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
            keys.withControl(KeyCode.A);
            boolean all = OnFx.call(() -> field.getSelection().getLength() == field.getLength());
            return all ? null : "Ctrl+A does not select its text";
        }
        keys.type(KeyCode.DIGIT7);
        String after = OnFx.call(field::getText);
        OnFx.run(() -> field.setText(before));
        return !after.equals(before) ? null : "typing does not change it";
    }

    private <T> String spin(Spinner<T> spinner) {
        T before = OnFx.call(spinner::getValue);
        keys.type(KeyCode.UP);
        if (java.util.Objects.equals(OnFx.call(spinner::getValue), before)) {
            keys.type(KeyCode.DOWN);
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
        keys.type(focusedBefore >= size - 1 ? KeyCode.UP : KeyCode.DOWN);
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

    private boolean focusedWithin(Control control) {
        for (Node n = scene.getFocusOwner(); n != null; n = n.getParent()) {
            if (n == control) {
                return true;
            }
        }
        return false;
    }

}
