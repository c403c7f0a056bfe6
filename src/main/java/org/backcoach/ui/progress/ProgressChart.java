package org.backcoach.ui.progress;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
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
import org.backcoach.ui.common.Messages;

/**
 * One titled line chart with its own legend. A line may come as several chart series (one per
 * unbroken run of days); each is styled by its key, so all segments of a line look the same.
 */
final class ProgressChart extends VBox {

    ProgressChart(String id, String title, String yLabel, Double yMax, ObservableList<XYChart.Series<Number, Number>> lines,
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
        days.setTickLabelFormatter(model.dayLabels());
        NumberAxis values = new NumberAxis();
        values.setLabel(yLabel);
        values.setMinorTickVisible(false);
        values.setTickLabelFormatter(numbers(messages.locale()));
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
        chart.setData(lines);
        lines.addListener((ListChangeListener<XYChart.Series<Number, Number>>) change -> lines.forEach(ProgressChart::style));
        lines.forEach(ProgressChart::style);
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
        empty.visibleProperty().bind(Bindings.isEmpty(lines));
        empty.managedProperty().bind(empty.visibleProperty());
        getChildren().addAll(heading, trendText, legend, empty, chart);
    }

    /** Axis numbers the language's way (2,5 in German); the chart's default follows the computer. */
    private static StringConverter<Number> numbers(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return value == null ? "" : format.format(value.doubleValue());
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
