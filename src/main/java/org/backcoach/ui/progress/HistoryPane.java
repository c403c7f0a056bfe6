package org.backcoach.ui.progress;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backcoach.ui.common.Confirm;
import org.backcoach.ui.common.Messages;

/**
 * All check-ins in a table with the chosen day's details beside it. Enter opens the day in the
 * check-in form, Delete moves it to the trash, Ctrl+Z undoes the last change.
 */
final class HistoryPane extends SplitPane {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    HistoryPane(HistoryViewModel model, Messages messages) {
        setPadding(new Insets(16, 24, 24, 24));
        getStyleClass().add("page");

        TableView<HistoryViewModel.Row> table = new TableView<>(model.rows());
        table.setId("history-table");
        table.setAccessibleText(messages.get("progress.history.table"));
        table.setPlaceholder(new Label(messages.get("progress.history.empty")));
        table.getColumns().add(column(messages.get("progress.col.date"), 130, HistoryViewModel.Row::day));
        table.getColumns().add(column(messages.get("progress.col.pain"), 64, HistoryViewModel.Row::pain));
        table.getColumns().add(column(messages.get("progress.col.worst"), 70, HistoryViewModel.Row::worst));
        table.getColumns().add(column(messages.get("progress.col.spasms"), 96, HistoryViewModel.Row::spasms));
        table.getColumns().add(column(messages.get("progress.col.walk"), 136, HistoryViewModel.Row::walk));
        table.getColumns().add(column(messages.get("progress.col.sitting"), 168, HistoryViewModel.Row::sitting));
        table.getColumns().add(column(messages.get("progress.col.factors"), 220, HistoryViewModel.Row::factors));
        table.getColumns().add(column(messages.get("progress.col.note"), 300, HistoryViewModel.Row::note));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.selectedProperty().set(row.date());
            }
        });
        // A reload replaces the rows; keep the chosen day chosen.
        model.rows().addListener((ListChangeListener<HistoryViewModel.Row>) change -> model.rows().stream()
                .filter(r -> r.date().equals(model.selectedProperty().get())).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r)));
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                model.edit();
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE) {
                model.delete();
                event.consume();
            }
        });

        Label details = new Label();
        details.setId("history-details");
        details.setWrapText(true);
        details.textProperty().bind(model.detailsProperty());
        Button edit = button("history-edit", messages.get("progress.history.edit"));
        edit.disableProperty().bind(model.selectedProperty().isNull());
        edit.setOnAction(e -> model.edit());
        Button delete = button("history-delete", messages.get("progress.history.delete"));
        delete.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        delete.setOnAction(e -> model.delete());
        Label undoText = new Label();
        undoText.setId("history-undo-text");
        undoText.setWrapText(true);
        undoText.textProperty().bind(model.undoTextProperty());
        Button undo = button("history-undo", messages.get("progress.history.undo"));
        undo.disableProperty().bind(model.canUndoProperty().not().or(model.busyProperty()));
        undo.setOnAction(e -> model.undo());
        undo.setAccessibleHelp(UNDO.getDisplayText());
        Label status = new Label();
        status.setId("history-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        ListView<HistoryViewModel.TrashRow> trash = new ListView<>(model.trash());
        trash.setId("history-trash");
        trash.setPrefHeight(140);
        trash.setAccessibleText(messages.get("progress.history.trash"));
        trash.setPlaceholder(new Label(messages.get("progress.history.trash.empty")));
        trash.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(HistoryViewModel.TrashRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.text());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        Button restore = button("history-restore", messages.get("progress.history.restore"));
        restore.disableProperty().bind(trash.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(e -> model.restore(trash.getSelectionModel().getSelectedItem().id()));
        Button purge = new Button(messages.get("progress.history.purge"));
        purge.setId("history-purge");
        purge.disableProperty().bind(trash.getSelectionModel().selectedItemProperty().isNull());
        purge.setOnAction(e -> {
            HistoryViewModel.TrashRow row = trash.getSelectionModel().getSelectedItem();
            if (Confirm.ask(getScene().getWindow(), messages.get("progress.history.purge.confirm"), messages)) {
                model.purge(row.id());
            }
        });
        TitledPane trashPane = new TitledPane(messages.get("progress.history.trash"),
                new VBox(8, trash, new FlowPane(8, 8, restore, purge)));
        trashPane.setId("history-trash-pane");

        for (Label label : new Label[] {details, undoText, status}) {
            // Wrapped labels in a VBox otherwise shrink to one line with an ellipsis.
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox side = new VBox(12, details, new FlowPane(8, 8, edit, delete), undoText, undo, status, trashPane);
        side.getStyleClass().add("card");
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.getStyleClass().add("page");
        sideScroll.setMinWidth(240);
        getItems().addAll(table, sideScroll);
        setDividerPositions(0.64);

        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (UNDO.match(event) && !undo.isDisabled()) {
                model.undo();
                event.consume();
            }
        });
    }

    private static Button button(String id, String text) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(true);
        return button;
    }

    private static TableColumn<HistoryViewModel.Row, String> column(String title, double width,
                                                                    Function<HistoryViewModel.Row, String> value) {
        TableColumn<HistoryViewModel.Row, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
