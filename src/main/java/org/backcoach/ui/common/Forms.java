package org.backcoach.ui.common;

import java.time.chrono.IsoChronology;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.converter.LocalDateStringConverter;

/** Small builders shared by form screens: labelled fields with inline errors, id checkboxes, date pickers. */
public final class Forms {

    private Forms() {
    }

    /** A label, the control, and a line that shows the field's error when there is one. */
    public static <K> VBox field(String labelText, Node control, ObservableMap<K, String> errors, K key) {
        Label label = new Label(labelText);
        label.getStyleClass().add("field-label");
        label.setLabelFor(control);
        label.setWrapText(true);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(Bindings.createStringBinding(() -> errors.getOrDefault(key, ""), errors));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        if (control.getAccessibleText() == null) {
            control.setAccessibleText(labelText);
        }
        error.textProperty().addListener((obs, old, text) ->
                control.setAccessibleHelp(text == null || text.isEmpty() ? null : text));
        VBox box = new VBox(4, label, control, error);
        box.getStyleClass().add("form-field");
        return box;
    }

    /**
     * A date picker that shows and reads dates the way {@code messages}' language writes them
     * (21.11.2026 in German), whatever language the computer is set to.
     */
    public static DatePicker datePicker(String id, Messages messages) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(new LocalDateStringConverter(FormatStyle.SHORT, messages.locale(), IsoChronology.INSTANCE));
        return picker;
    }

    /**
     * Tab leaves the text area (Shift+Tab goes back) instead of typing a tab character, so a
     * keyboard user is never caught in it. It is what Ctrl+Tab does in a text area anyway.
     */
    public static TextArea tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(), e.getText(),
                        e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
            }
        });
        return area;
    }

    /** A text field that accepts digits only (blank allowed, meaning "not recorded"). */
    public static TextField wholeNumberField(String id, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        field.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().matches("\\d{0,5}") ? change : null));
        return field;
    }

    /**
     * A checkbox whose tick mirrors whether {@code id} is in {@code selected}; the node's own id is
     * {@code nodeIdPrefix + id}, so tests and CSS can find it.
     */
    public static CheckBox idCheckBox(String text, String nodeIdPrefix, String id, ObservableSet<String> selected) {
        CheckBox box = new CheckBox(text);
        box.setId(nodeIdPrefix + id);
        box.setWrapText(true);
        box.setSelected(selected.contains(id));
        box.selectedProperty().addListener((obs, old, on) -> {
            if (on) {
                selected.add(id);
            } else {
                selected.remove(id);
            }
        });
        selected.addListener((SetChangeListener<String>) change -> box.setSelected(selected.contains(id)));
        return box;
    }

    /** A titled card (AtlantaFX's Card), the building block of most pages. */
    public static TextCard card(String heading, Node... children) {
        Label label = new Label(heading);
        label.getStyleClass().add("section-title");
        label.setWrapText(true);
        return new TextCard(label, new VBox(10, children));
    }

    /** A card without a heading, for content that brings its own (Today's phase, a list of questions). */
    public static TextCard card(Node... children) {
        return new TextCard(null, new VBox(10, children));
    }

    /** A quiet, wrapping line of explanation under a control or a heading. */
    public static Label hint(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("hint");
        return label;
    }
}
