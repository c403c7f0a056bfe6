package org.backcoach.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.backcoach.settings.Appearance;
import org.backcoach.settings.ThemeChoice;
import org.backcoach.ui.common.AppearanceModel;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.common.TextCard;

/** Settings → Appearance: the colour theme and the text size, both applied as they are chosen. */
public final class AppearanceSection extends TextCard {

    public AppearanceSection(AppearanceModel model, Messages messages) {
        super(null, null);
        setId("settings-appearance");
        Label heading = new Label(messages.get("appearance.title"));
        heading.getStyleClass().add("section-title");

        Label themeLabel = new Label(messages.get("appearance.theme"));
        themeLabel.setWrapText(true);
        ToggleGroup themes = new ToggleGroup();
        FlowPane themeChoice = new FlowPane(16, 8);
        themeChoice.setAccessibleText(messages.get("appearance.theme"));
        for (ThemeChoice theme : ThemeChoice.values()) {
            RadioButton button = new RadioButton(messages.get("appearance.theme." + theme.id()));
            button.setId("theme-" + theme.id());
            button.setToggleGroup(themes);
            button.setUserData(theme);
            button.setWrapText(true);
            button.setSelected(model.themeProperty().get() == theme);
            themeChoice.getChildren().add(button);
        }
        themes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.setTheme((ThemeChoice) now.getUserData());
            }
        });
        model.themeProperty().addListener((obs, old, theme) -> themes.getToggles().stream()
                .filter(t -> t.getUserData() == theme).findFirst().ifPresent(t -> t.setSelected(true)));

        Label sizeLabel = new Label();
        sizeLabel.setId("text-size-label");
        sizeLabel.setWrapText(true);
        sizeLabel.textProperty().bind(model.textSizeTextProperty());
        Slider size = new Slider(Appearance.MIN_TEXT_SIZE, Appearance.MAX_TEXT_SIZE, model.textSizePercentProperty().get());
        size.setId("text-size");
        size.setMajorTickUnit(Appearance.TEXT_SIZE_STEP);
        size.setMinorTickCount(0);
        size.setBlockIncrement(Appearance.TEXT_SIZE_STEP);
        size.setSnapToTicks(true);
        size.setShowTickMarks(true);
        size.setMaxWidth(520);
        size.accessibleTextProperty().bind(model.textSizeTextProperty());
        sizeLabel.setLabelFor(size);
        // While the thumb is dragged nothing changes: a live relayout would move the slider under the mouse.
        size.valueProperty().addListener((obs, old, value) -> {
            if (!size.isValueChanging()) {
                model.setTextSizePercent((int) Math.round(value.doubleValue()));
            }
        });
        size.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                model.setTextSizePercent((int) Math.round(size.getValue()));
            }
        });
        model.textSizePercentProperty().addListener((obs, old, percent) -> size.setValue(percent.doubleValue()));
        Button normal = new Button(messages.get("appearance.textSize.reset"));
        normal.setId("text-size-reset");
        normal.setOnAction(e -> model.resetTextSize());
        normal.disableProperty().bind(model.textSizePercentProperty().isEqualTo(Appearance.MIN_TEXT_SIZE));
        FlowPane sizeRow = new FlowPane(12, 8, size, normal);
        sizeRow.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(messages.get("appearance.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");

        Label status = new Label();
        status.setId("appearance-status");
        status.getStyleClass().add("field-error");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        setHeader(heading);
        setBody(new VBox(10, themeLabel, themeChoice, sizeLabel, sizeRow, hint, status));
    }
}
