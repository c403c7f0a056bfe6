package org.backcoach.ui.progress;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backcoach.insights.ChartRange;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.common.TextCard;

/** The Progress screen: the span to show, then Overview, Insights and History as tabs. */
public final class ProgressView extends BorderPane {

    public ProgressView(ProgressViewModel model, Messages messages) {
        getStyleClass().add("page");
        Label title = new Label(messages.get("progress.title"));
        title.getStyleClass().add("page-title");
        Label rangeLabel = new Label(messages.get("progress.range"));
        ToggleGroup ranges = new ToggleGroup();
        HBox rangeButtons = new HBox(4);
        for (ChartRange range : ChartRange.values()) {
            ToggleButton button = new ToggleButton(messages.get("progress.range." + range.name()));
            button.setId("range-" + range.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            button.setToggleGroup(ranges);
            button.setUserData(range);
            button.setSelected(model.rangeProperty().get() == range);
            // The chosen span cannot be unchosen by clicking it again.
            button.setOnAction(e -> {
                button.setSelected(true);
                model.rangeProperty().set(range);
            });
            rangeButtons.getChildren().add(button);
        }
        model.rangeProperty().addListener((obs, old, range) -> ranges.getToggles().forEach(
                t -> t.setSelected(t.getUserData() == range)));
        // The arrow keys choose the next span by selecting it, without an action event.
        ranges.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.rangeProperty().set((ChartRange) now.getUserData());
            }
        });
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(24, 24);
        busy.setMinSize(24, 24);
        busy.setAccessibleText(messages.get("progress.loading"));
        busy.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId("progress-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        rangeButtons.getChildren().forEach(b -> ((ToggleButton) b).setMinWidth(Region.USE_PREF_SIZE));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, busy);
        header.setAlignment(Pos.CENTER_LEFT);
        HBox rangeRow = new HBox(8, rangeLabel, rangeButtons);
        rangeRow.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, header, rangeRow, status);
        top.setPadding(new Insets(24, 24, 8, 24));

        Tab overview = new Tab(messages.get("progress.tab.overview"), new OverviewPane(model, messages));
        overview.setId("tab-overview");
        Tab insights = new Tab(messages.get("progress.tab.insights"), insightsPane(model, messages));
        insights.setId("tab-insights");
        Tab history = new Tab(messages.get("progress.tab.history"), new HistoryPane(model.history(), messages));
        history.setId("tab-history");
        TabPane tabs = new TabPane(overview, insights, history);
        tabs.setId("progress-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setTop(top);
        setCenter(tabs);
    }

    private static ScrollPane insightsPane(ProgressViewModel model, Messages messages) {
        Label heading = new Label(messages.get("progress.insights.title"));
        heading.getStyleClass().add("section-title");
        VBox list = new VBox(10);
        list.setId("progress-insights");
        model.insights().addListener((ListChangeListener<String>) change -> showInsights(list, model));
        showInsights(list, model);
        Label note = new Label();
        note.setId("progress-insights-note");
        note.setWrapText(true);
        note.getStyleClass().add("hint");
        note.textProperty().bind(model.insightsNoteProperty());
        TextCard card = new TextCard(null, new VBox(12, heading, list, note));
        VBox content = new VBox(card);
        content.setPadding(new Insets(16, 24, 24, 24));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page");
        return scroll;
    }

    private static void showInsights(VBox list, ProgressViewModel model) {
        list.getChildren().setAll(model.insights().stream().map(sentence -> {
            Label label = new Label(sentence);
            label.setWrapText(true);
            label.getStyleClass().add("insight");
            return label;
        }).toList());
    }
}
