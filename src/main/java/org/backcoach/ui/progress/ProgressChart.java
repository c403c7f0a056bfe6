package org.backcoach.ui.progress;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.AccessibleRole;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.backcoach.insights.ChartSeries;
import org.backcoach.ui.common.Messages;

/**
 * One titled line chart with its own legend. The view model's lines become JavaFX chart series
 * here: one per unbroken run of days, named by the line's key and styled by it, so all segments of
 * a line look the same; x is the day as an epoch day.
 */
final class ProgressChart extends VBox {

    ProgressChart(String id, String title, String yLabel, Double yMax, ObservableList<ChartSeries> lines,
                  List<String> keys, ObservableStringValue trend, ObservableStringValue summary, ProgressViewModel model,
                  Messages messages) {
        getStyleClass().addAll("card", "progress-chart");
        setSpacing(6);
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");

        NumberAxis days = new NumberAxis();
        days.setAutoRanging(false);
        days.lowerBoundProperty().bind(model.axisFromProperty());
        days.upperBoundProperty().bind(model.axisToProperty());
        days.tickUnitProperty().bind(model.tickDaysProperty());
        days.setMinorTickVisible(false);
        days.setTickLabelFormatter(labels(model::dayLabel));
        NumberAxis values = new NumberAxis();
        values.setLabel(yLabel);
        values.setMinorTickVisible(false);
        NumberFormat numbers = NumberFormat.getNumberInstance(messages.locale());
        values.setTickLabelFormatter(labels(numbers::format));
        if (yMax != null) {
            values.setAutoRanging(false);
            values.setLowerBound(0);
            values.setUpperBound(yMax);
            values.setTickUnit(2);
        }
        LineChart<Number, Number> chart = new LineChart<>(days, values);
        chart.setId(id);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        ObservableList<XYChart.Series<Number, Number>> drawn = FXCollections.observableArrayList(series(lines));
        chart.setData(drawn);
        lines.addListener((ListChangeListener<ChartSeries>) change -> drawn.setAll(series(lines)));
        drawn.addListener((ListChangeListener<XYChart.Series<Number, Number>>) change -> drawn.forEach(ProgressChart::style));
        drawn.forEach(ProgressChart::style);
        // For a screen reader the chart is its words: the title, the trend and every line's figures.
        chart.setAccessibleRole(AccessibleRole.TEXT);
        chart.accessibleTextProperty().bind(Bindings.concat(title, ". ", trend, " ", summary));
        Label trendText = new Label();
        trendText.setId(id + "-trend");
        trendText.getStyleClass().add("chart-trend");
        trendText.setWrapText(true);
        trendText.textProperty().bind(trend);
        trendText.visibleProperty().bind(trendText.textProperty().isNotEmpty());
        trendText.managedProperty().bind(trendText.visibleProperty());

        FlowPane legend = new FlowPane(16, 4);
        legend.getStyleClass().add("chart-legend");
        for (String key : keys) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("swatch", "line-" + key);
            Label item = new Label(messages.get("progress.line." + key), swatch);
            legend.getChildren().add(item);
        }
        Label empty = new Label(messages.get("progress.chart.empty"));
        empty.getStyleClass().add("hint");
        empty.visibleProperty().bind(Bindings.isEmpty(drawn));
        empty.managedProperty().bind(empty.visibleProperty());
        getChildren().addAll(heading, trendText, legend, empty, chart);
    }

    /** One chart series per unbroken segment of each line. */
    private static List<XYChart.Series<Number, Number>> series(List<ChartSeries> lines) {
        List<XYChart.Series<Number, Number>> result = new ArrayList<>();
        for (ChartSeries line : lines) {
            for (List<ChartSeries.Point> segment : line.segments()) {
                XYChart.Series<Number, Number> series = new XYChart.Series<>();
                series.setName(line.id());
                for (ChartSeries.Point point : segment) {
                    series.getData().add(new XYChart.Data<>(point.date().toEpochDay(), point.value()));
                }
                result.add(series);
            }
        }
        return result;
    }

    /**
     * Axis labels from a plain function: days as the view model words them, numbers the language's
     * way (2,5 in German; the chart's default follows the computer).
     */
    private static StringConverter<Number> labels(DoubleFunction<String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return value == null ? "" : text.apply(value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are never read back");
            }
        };
    }

    /** Colours come from the stylesheet's tokens, by line key; the chart's own palette is by index. */
    private static void style(XYChart.Series<Number, Number> series) {
        String styleClass = "line-" + series.getName();
        if (series.getNode() != null && !series.getNode().getStyleClass().contains(styleClass)) {
            series.getNode().getStyleClass().add(styleClass);
        }
        for (XYChart.Data<Number, Number> point : series.getData()) {
            if (point.getNode() != null && !point.getNode().getStyleClass().contains(styleClass)) {
                point.getNode().getStyleClass().add(styleClass);
            }
        }
    }
}
