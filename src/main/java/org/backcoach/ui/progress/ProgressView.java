package org.backcoach.ui.progress;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.backcoach.journal.CheckIn;
import org.backcoach.ui.common.Messages;

/** Recent check-ins as a table. */
public final class ProgressView extends VBox {

    public ProgressView(ProgressViewModel model, Messages messages) {
        getStyleClass().add("page");
        setSpacing(16);
        setPadding(new Insets(24));
        Label title = new Label(messages.get("progress.title"));
        title.getStyleClass().add("page-title");
        Label summary = new Label();
        summary.setId("progress-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());

        TableView<CheckIn> table = new TableView<>(model.checkIns());
        table.setId("progress-table");
        table.setAccessibleText(messages.get("progress.table"));
        table.setPlaceholder(new Label(messages.get("progress.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.get("progress.col.date"), c -> c.date().toString()));
        table.getColumns().add(column(messages.get("progress.col.pain"), c -> c.painNow() + "/10"));
        table.getColumns().add(column(messages.get("progress.col.worst"), c -> number(c.painWorst())));
        table.getColumns().add(column(messages.get("progress.col.spasms"), c -> number(c.spasms())));
        table.getColumns().add(column(messages.get("progress.col.walk"), c -> number(c.walkMinutes())));
        table.getColumns().add(column(messages.get("progress.col.sitting"), c -> number(c.sittingMaxMinutes())));
        table.getColumns().add(column(messages.get("progress.col.note"), CheckIn::note));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(title, summary, table);
    }

    private static TableColumn<CheckIn, String> column(String title, Function<CheckIn, String> value) {
        TableColumn<CheckIn, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    private static String number(Integer value) {
        return value == null ? "–" : value.toString();
    }
}
