package org.backcoach.ui.settings;

import java.io.File;
import java.nio.file.Files;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.backcoach.ui.common.Confirm;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.common.TextCard;

/** Settings → Backups and your data. A section of its own, so the Settings screen stays easy to extend. */
public final class DataSection extends TextCard {

    public DataSection(DataViewModel model, Messages messages) {
        super(null, null);
        setId("settings-data-section");
        Label heading = new Label(messages.get("data.title"));
        heading.getStyleClass().add("section-title");
        Label info = new Label();
        info.setId("data-backup-info");
        info.setWrapText(true);
        info.textProperty().bind(model.backupInfoProperty());

        Button backup = button("data-backup", messages.get("data.backup"), model);
        backup.setOnAction(e -> model.backUpNow());
        Button restore = button("data-restore", messages.get("data.restore"), model);
        restore.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("data.restore.choose"));
            if (Files.isDirectory(model.backupsFolder())) {
                chooser.setInitialDirectory(model.backupsFolder().toFile());
            }
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("data.restore.filter"), "*.db"));
            File file = chooser.showOpenDialog(window());
            if (file != null && Confirm.ask(window(), messages.get("data.restore.confirm", file.getName()), messages)) {
                model.restore(file.toPath());
            }
        });
        Button exportJson = button("data-export-json", messages.get("data.export.json"), model);
        exportJson.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("data.export.json"));
            chooser.setInitialFileName("backcoach-journal.json");
            File file = chooser.showSaveDialog(window());
            if (file != null) {
                model.exportJson(file.toPath());
            }
        });
        Button exportCsv = button("data-export-csv", messages.get("data.export.csv"), model);
        exportCsv.setOnAction(e -> {
            File folder = new DirectoryChooser().showDialog(window());
            if (folder != null) {
                model.exportCsv(folder.toPath());
            }
        });
        Button importFile = button("data-import", messages.get("data.import"), model);
        importFile.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("data.import"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("data.import.filter"), "*.json"));
            File file = chooser.showOpenDialog(window());
            if (file != null) {
                model.previewImport(file.toPath());
            }
        });

        TextArea preview = org.backcoach.ui.common.Forms.tabLeaves(new TextArea());
        preview.setId("data-import-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setPrefRowCount(8);
        preview.setAccessibleText(messages.get("data.import.previewLabel"));
        preview.textProperty().bind(model.importPreviewProperty());
        preview.visibleProperty().bind(model.importPreviewProperty().isNotEmpty());
        preview.managedProperty().bind(preview.visibleProperty());
        Button apply = new Button(messages.get("data.import.apply"));
        apply.setId("data-import-apply");
        apply.getStyleClass().add("accent");
        apply.disableProperty().bind(model.busyProperty());
        apply.setOnAction(e -> model.applyImport());
        Button cancel = new Button(messages.get("data.import.cancel"));
        cancel.setId("data-import-cancel");
        cancel.setOnAction(e -> model.cancelImport());
        HBox decide = new HBox(8, apply, cancel);
        decide.visibleProperty().bind(model.importPendingProperty());
        decide.managedProperty().bind(decide.visibleProperty());

        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(24, 24);
        working.setAccessibleText(messages.get("data.working"));
        working.visibleProperty().bind(model.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        Label status = new Label();
        status.setId("data-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label hint = new Label(messages.get("data.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");

        setHeader(heading);
        setBody(new VBox(10, info, new FlowPane(8, 8, backup, restore),
                new FlowPane(8, 8, exportJson, exportCsv, importFile), preview, decide, new HBox(8, working, status), hint));
        model.refreshBackupInfo();
    }

    private static Button button(String id, String text, DataViewModel model) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(true);
        button.disableProperty().bind(model.busyProperty());
        return button;
    }

    private Window window() {
        return getScene().getWindow();
    }
}
