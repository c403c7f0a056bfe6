package org.backcoach.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;

/**
 * A 0–10 scale as eleven large buttons. Nothing selected means "not recorded"; pressing the
 * selected button again clears it. Keys: 0–9 choose a value, End or + chooses 10, the arrow keys
 * move one point, Delete clears. The scale is one stop for Tab (the chosen button, or 0 while
 * nothing is chosen), so a keyboard check-in is Tab, a digit, Tab, a digit…
 */
public final class ScaleSelector extends FlowPane {

    private final ToggleGroup group = new ToggleGroup();
    private boolean syncing;

    public ScaleSelector(String accessibleName, ObjectProperty<Integer> value, String idPrefix) {
        getStyleClass().add("scale-selector");
        setHgap(4);
        setVgap(4);
        setAccessibleText(accessibleName);
        for (int n = 0; n <= 10; n++) {
            ToggleButton button = new ToggleButton(Integer.toString(n));
            button.setUserData(n);
            button.setToggleGroup(group);
            button.setId(idPrefix + "-" + n);
            button.setAccessibleText(accessibleName + ": " + n + " / 10");
            button.getStyleClass().add("scale-step");
            getChildren().add(button);
        }
        select(value.get());
        value.addListener((obs, old, now) -> select(now));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                value.set(now == null ? null : (Integer) now.getUserData());
            }
            updateTabStop();
        });
        updateTabStop();
        addEventFilter(KeyEvent.KEY_PRESSED, event -> handleKey(event, value));
    }

    private void handleKey(KeyEvent event, ObjectProperty<Integer> value) {
        if (event.isShortcutDown() || event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
            return; // Ctrl+1 opens Today and Ctrl+0 resets the text size, even from a scale
        }
        String text = event.getText();
        if (text != null && text.length() == 1 && Character.isDigit(text.charAt(0))) {
            value.set(Character.digit(text.charAt(0), 10));
        } else if (event.getCode() == KeyCode.END || "+".equals(text)) {
            value.set(10);
        } else if (event.getCode() == KeyCode.HOME) {
            value.set(0);
        } else if (event.getCode() == KeyCode.RIGHT || event.getCode() == KeyCode.UP) {
            value.set(value.get() == null ? 0 : Math.min(10, value.get() + 1));
        } else if (event.getCode() == KeyCode.LEFT || event.getCode() == KeyCode.DOWN) {
            value.set(value.get() == null ? 0 : Math.max(0, value.get() - 1));
        } else if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
            value.set(null);
        } else {
            return;
        }
        focusSelected();
        event.consume();
    }

    /** Focusing the scale focuses its Tab stop: the chosen button, or 0. */
    @Override
    public void requestFocus() {
        Toggle selected = group.getSelectedToggle();
        ((Node) (selected instanceof ToggleButton ? selected : getChildren().get(0))).requestFocus();
    }

    /** Only the chosen button (or 0) takes the focus from Tab; the rest are reached by digits and arrows. */
    private void updateTabStop() {
        Toggle selected = group.getSelectedToggle();
        for (int n = 0; n < getChildren().size(); n++) {
            Node button = getChildren().get(n);
            button.setFocusTraversable(selected == null ? n == 0 : button == selected);
        }
    }

    private void focusSelected() {
        Toggle selected = group.getSelectedToggle();
        if (selected instanceof ToggleButton button) {
            button.requestFocus();
        }
    }

    private void select(Integer n) {
        syncing = true;
        try {
            group.selectToggle(n == null || n < 0 || n > 10 ? null : (Toggle) getChildren().get(n));
        } finally {
            syncing = false;
        }
    }
}
