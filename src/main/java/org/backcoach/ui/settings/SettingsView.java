package org.backcoach.ui.settings;

import java.io.File;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.backcoach.ui.common.Forms;
import org.backcoach.ui.common.Messages;

/** Settings screen: language, name, content bundle, reminders, where the data lives. */
public final class SettingsView extends ScrollPane {

    /**
     * @param language      the language section, shown first so it is easy to find in a language one cannot read
     * @param extraSections further sections, such as backups and your data, shown before the status line
     */
    public SettingsView(SettingsViewModel model, Messages messages, LanguageSection language, Node... extraSections) {
        getStyleClass().add("page");
        setFitToWidth(true);
        Label title = new Label(messages.get("settings.title"));
        title.getStyleClass().add("page-title");

        TextField name = new TextField();
        name.setId("settings-name");
        name.setPrefColumnCount(24);
        name.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        name.textProperty().bindBidirectional(model.personNameProperty());
        name.setOnAction(e -> model.saveName());
        name.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.saveName();
            }
        });
        Label nameLabel = new Label(messages.get("settings.name"));
        nameLabel.setLabelFor(name);
        name.setAccessibleText(messages.get("settings.name"));

        Label content = new Label();
        content.setId("settings-content");
        content.setWrapText(true);
        content.textProperty().bind(model.contentDescriptionProperty());
        Button useBundle = new Button(messages.get("settings.content.use"));
        useBundle.setId("settings-use-bundle");
        useBundle.setMnemonicParsing(true);
        useBundle.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("settings.content.chooseTitle"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("settings.content.filter"), "*.json"));
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                model.useBundle(file.toPath());
            }
        });
        Button builtIn = new Button(messages.get("settings.content.builtInButton"));
        builtIn.setId("settings-builtin");
        builtIn.setDisable(model.usingBuiltIn());
        builtIn.setOnAction(e -> model.useBuiltIn());
        TextArea report = org.backcoach.ui.common.Forms.tabLeaves(new TextArea());
        report.setId("settings-bundle-report");
        report.setEditable(false);
        report.setWrapText(true);
        report.setPrefRowCount(5);
        report.setAccessibleText(messages.get("settings.content.report"));
        report.textProperty().bind(model.bundleReportProperty());
        report.visibleProperty().bind(model.bundleReportProperty().isNotEmpty());
        report.managedProperty().bind(report.visibleProperty());

        Label status = new Label();
        status.setId("settings-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        TextField folder = new TextField(model.dataFolder());
        folder.setId("settings-data-folder");
        folder.setEditable(false);
        folder.setAccessibleText(messages.get("settings.dataFolder"));

        VBox page = new VBox(16, title,
                Forms.card(messages.get("settings.section.language"), language),
                Forms.card(messages.get("settings.section.you"), nameLabel, name),
                Forms.card(messages.get("settings.section.content"), content, new HBox(12, useBundle, builtIn), report),
                Forms.card(messages.get("settings.section.reminders"), new ReminderSettingsSection(model.reminders(), messages)),
                Forms.card(messages.get("settings.section.data"), new Label(messages.get("settings.dataFolder")), folder,
                        Forms.hint(messages.get("settings.dataFolder.hint"))));
        page.getChildren().addAll(extraSections);
        page.getChildren().add(status);
        page.setPadding(new Insets(24));
        setContent(page);
    }
}
