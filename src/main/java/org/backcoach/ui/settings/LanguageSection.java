package org.backcoach.ui.settings;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.backcoach.settings.LanguageChoice;
import org.backcoach.ui.common.Messages;

/**
 * The Language section of Settings: three choices and an Apply button (choosing alone changes
 * nothing, so moving through the choices with the arrow keys never rebuilds the window).
 */
public final class LanguageSection extends VBox {

    public LanguageSection(LanguageViewModel model, Messages messages) {
        super(10);
        setId("settings-language");
        Label intro = new Label(messages.get("settings.language.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("hint");

        ToggleGroup group = new ToggleGroup();
        VBox options = new VBox(6);
        options.setAccessibleText(messages.get("settings.language.choice"));
        RadioButton selected = null;
        for (LanguageChoice choice : model.choices()) {
            RadioButton option = new RadioButton(model.label(choice));
            option.setId("settings-language-" + choice.id());
            option.setToggleGroup(group);
            option.setUserData(choice);
            option.setMinHeight(32);
            if (choice == model.choiceProperty().get()) {
                option.setSelected(true);
                selected = option;
            }
            options.getChildren().add(option);
        }
        group.selectedToggleProperty().addListener((obs, old, toggle) ->
                model.choiceProperty().set(toggle == null ? null : (LanguageChoice) toggle.getUserData()));

        Button apply = new Button(messages.get("settings.language.apply"));
        apply.setId("settings-language-apply");
        apply.setMnemonicParsing(true);
        apply.disableProperty().bind(model.unchangedBinding());
        apply.setOnAction(e -> model.apply());

        Label note = statusLabel("settings-language-bundle-note");
        note.textProperty().bind(model.bundleNoteProperty());
        Label status = statusLabel("settings-language-status");
        status.textProperty().bind(model.statusProperty());
        getChildren().addAll(intro, options, apply, note, status);

        // After a switch the window was built anew: keep the keyboard where the person left it.
        if (!model.statusProperty().get().isEmpty() && selected != null) {
            RadioButton focus = selected;
            sceneProperty().addListener((obs, old, scene) -> {
                if (scene != null) {
                    Platform.runLater(focus::requestFocus);
                }
            });
        }
    }

    private static Label statusLabel(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add("hint");
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
