package org.backcoach.ui.shell;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.backcoach.ui.common.Messages;

/** The keyboard shortcut list (F1), over the window; Escape or the button closes it, which has the focus first. */
public final class ShortcutsView extends StackPane {

    public ShortcutsView(List<ShortcutList.Group> groups, Messages messages, Runnable onClose) {
        setId("shortcuts");
        Label title = new Label(messages.get("shortcuts.title"));
        title.getStyleClass().add("page-title");
        title.setWrapText(true);
        Label intro = new Label(messages.get("shortcuts.intro"));
        intro.getStyleClass().add("hint");
        intro.setWrapText(true);
        VBox body = new VBox(12, title, intro);
        for (ShortcutList.Group group : groups) {
            Label heading = new Label(group.title());
            heading.getStyleClass().add("section-title");
            heading.setWrapText(true);
            GridPane rows = new GridPane();
            rows.setHgap(16);
            rows.setVgap(4);
            rows.setAccessibleRole(AccessibleRole.LIST_VIEW);
            rows.setAccessibleText(group.title());
            ColumnConstraints keys = new ColumnConstraints();
            keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            ColumnConstraints action = new ColumnConstraints();
            action.setHgrow(Priority.ALWAYS);
            action.setMinWidth(0);
            rows.getColumnConstraints().setAll(keys, action);
            int row = 0;
            for (ShortcutList.Entry entry : group.entries()) {
                Label key = new Label(entry.keys());
                key.getStyleClass().add("shortcut-key");
                Label what = new Label(entry.action());
                what.setWrapText(true);
                what.setAccessibleText(entry.keys() + ": " + entry.action());
                rows.addRow(row++, key, what);
            }
            body.getChildren().addAll(heading, rows);
        }
        Button close = new Button(messages.get("shortcuts.close"));
        close.setId("shortcuts-close");
        close.getStyleClass().add("accent");
        close.setCancelButton(true);
        close.getStyleClass().add("initial-focus");
        close.setOnAction(e -> onClose.run());
        body.getChildren().add(close);
        body.setPadding(new Insets(24));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setMaxWidth(880);
        scroll.getStyleClass().add("modal-card");
        StackPane.setAlignment(scroll, Pos.CENTER);
        StackPane.setMargin(scroll, new Insets(24));
        getChildren().add(scroll);
    }
}
