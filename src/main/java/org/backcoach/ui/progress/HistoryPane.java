package org.backcoach.ui.progress;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.backcoach.ui.common.Confirm;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.common.TextCard;

/**
 * All check-ins in a table with the chosen day's details beside it. Enter opens the day in the
 * check-in form, Delete moves it to the trash, Ctrl+Z undoes the last change.
 */
final class HistoryPane extends SplitPane {

    /** Below this width (in em of the page's text) the day's details go under the table. */
    private static final double SIDE_BY_SIDE_EMS = 50;
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    HistoryPane(HistoryViewModel model, Messages messages) {
        setPadding(new Insets(16, 24, 24, 24));
        getStyleClass().add("page");

        TableView<HistoryViewModel.Row> table = new TableView<>(model.rows());
        table.setId("history-table");
        table.setAccessibleText(messages.get("progress.history.table"));
        table.setPlaceholder(new Label(messages.get("progress.history.empty")));
        Map<TableColumn<HistoryViewModel.Row, String>, Function<HistoryViewModel.Row, String>> columns = new LinkedHashMap<>();
        columns.put(column(messages.get("progress.col.date"), HistoryViewModel.Row::day), HistoryViewModel.Row::day);
        columns.put(column(messages.get("progress.col.pain"), HistoryViewModel.Row::pain), HistoryViewModel.Row::pain);
        columns.put(column(messages.get("progress.col.worst"), HistoryViewModel.Row::worst), HistoryViewModel.Row::worst);
        columns.put(column(messages.get("progress.col.spasms"), HistoryViewModel.Row::spasms), HistoryViewModel.Row::spasms);
        columns.put(column(messages.get("progress.col.walk"), HistoryViewModel.Row::walk), HistoryViewModel.Row::walk);
        columns.put(column(messages.get("progress.col.sitting"), HistoryViewModel.Row::sitting), HistoryViewModel.Row::sitting);
        columns.put(column(messages.get("progress.col.factors"), HistoryViewModel.Row::factors), HistoryViewModel.Row::factors);
        columns.put(column(messages.get("progress.col.note"), HistoryViewModel.Row::note), HistoryViewModel.Row::note);
        table.getColumns().addAll(columns.keySet());
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
            if (event.isShortcutDown() || event.isAltDown()) {
                return; // Ctrl+Enter and other shortcuts are the window's
            }
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
        TextCard side = new TextCard(null, new VBox(12, details, new FlowPane(8, 8, edit, delete), undoText, undo, status,
                trashPane));
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.getStyleClass().add("page");
        sideScroll.setMinWidth(240);
        getItems().addAll(table, sideScroll);
        setDividerPositions(0.64);

        // Measured in the page's font: every column fits its widest entry at any text size, and
        // the details go under the table once the text is too large for them to sit beside it.
        Runnable fit = () -> {
            Font font = details.getFont();
            columns.forEach((column, value) -> column.setPrefWidth(fitWidth(column.getText(), value, model, font)));
            setOrientation(getWidth() >= SIDE_BY_SIDE_EMS * font.getSize() ? Orientation.HORIZONTAL : Orientation.VERTICAL);
        };
        details.fontProperty().addListener(obs -> fit.run());
        widthProperty().addListener(obs -> fit.run());
        model.rows().addListener((ListChangeListener<HistoryViewModel.Row>) change -> fit.run());
        fit.run();

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

    /** The width of the column's title or its widest entry, whichever is wider, with room for padding. */
    private static double fitWidth(String title, Function<HistoryViewModel.Row, String> value, HistoryViewModel model,
                                   Font font) {
        Text probe = new Text(title);
        probe.setFont(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
        double widest = probe.getLayoutBounds().getWidth();
        probe.setFont(font);
        for (HistoryViewModel.Row row : model.rows()) {
            probe.setText(value.apply(row));
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return Math.ceil(widest + 2 * font.getSize());
    }

    private static TableColumn<HistoryViewModel.Row, String> column(String title,
                                                                    Function<HistoryViewModel.Row, String> value) {
        TableColumn<HistoryViewModel.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
