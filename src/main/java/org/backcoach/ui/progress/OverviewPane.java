package org.backcoach.ui.progress;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.backcoach.insights.ProgressCharts;
import org.backcoach.journal.CheckInField;
import org.backcoach.ui.common.Forms;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.common.TextCard;

/** The recovery course with its nudges, the four charts, and the milestones timeline. */
final class OverviewPane extends ScrollPane {

    OverviewPane(ProgressViewModel model, Messages messages) {
        getStyleClass().add("page");
        setFitToWidth(true);

        Label courseTitle = new Label(messages.get("progress.course.title"));
        courseTitle.getStyleClass().add("section-title");
        Label headline = boundLabel("progress-course");
        headline.textProperty().bind(model.courseHeadlineProperty());
        headline.getStyleClass().add("strong");
        Label pain = boundLabel("progress-course-pain");
        pain.textProperty().bind(model.painComparisonProperty());
        VBox nudges = new VBox(8);
        nudges.setId("progress-nudges");
        model.nudges().addListener((ListChangeListener<ProgressViewModel.Nudge>) change -> showNudges(nudges, model, messages));
        showNudges(nudges, model, messages);

        DatePicker start = Forms.datePicker("progress-episode-start", messages);
        start.valueProperty().bindBidirectional(model.episodeStartInputProperty());
        start.setAccessibleText(messages.get("progress.course.startPicker"));
        Label startLabel = new Label(messages.get("progress.course.startPicker"));
        startLabel.setLabelFor(start);
        Button saveStart = new Button(messages.get("progress.course.saveStart"));
        saveStart.setId("progress-save-start");
        saveStart.setMnemonicParsing(true);
        saveStart.setOnAction(e -> model.saveEpisodeStart());
        Button useFirst = new Button(messages.get("progress.course.useFirst"));
        useFirst.setId("progress-use-first");
        useFirst.disableProperty().bind(model.startSetByPersonProperty().not());
        useFirst.setMnemonicParsing(true);
        useFirst.setOnAction(e -> model.useFirstCheckIn());
        FlowPane startRow = new FlowPane(8, 8, startLabel, start, saveStart, useFirst);
        startRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        TextCard course = new TextCard(null, new VBox(8, courseTitle, headline, pain, nudges, startRow));

        Label note = boundLabel("progress-chart-note");
        note.getStyleClass().add("hint");
        note.textProperty().bind(model.chartNoteProperty());
        ProgressChart painChart = new ProgressChart("chart-pain", messages.get("progress.chart.pain"),
                messages.get("progress.chart.painAxis"), 10.0, model.painLines(),
                ProgressCharts.keys(CheckInField.Chart.PAIN), model.painTrendProperty(), model.painSummaryProperty(), model,
                messages);
        ProgressChart movementChart = new ProgressChart("chart-movement", messages.get("progress.chart.movement"),
                messages.get("progress.chart.minutesAxis"), null, model.movementLines(),
                ProgressCharts.keys(CheckInField.Chart.MOVEMENT), model.movementTrendProperty(), model.movementSummaryProperty(),
                model, messages);
        ProgressChart spasmChart = new ProgressChart("chart-spasms", messages.get("progress.chart.spasms"),
                messages.get("progress.chart.countAxis"), null, model.spasmLines(), ProgressCharts.keys(CheckInField.Chart.SPASMS),
                model.spasmTrendProperty(), model.spasmSummaryProperty(), model, messages);
        ProgressChart exerciseChart = new ProgressChart("chart-exercise", messages.get("progress.chart.exercise"),
                messages.get("progress.chart.exerciseAxis"), null, model.exerciseLines(),
                ProgressCharts.EXERCISE_KEYS, model.exerciseTrendProperty(), model.exerciseSummaryProperty(),
                model, messages);

        Label milestonesTitle = new Label(messages.get("progress.milestones.title"));
        milestonesTitle.getStyleClass().add("section-title");
        VBox timeline = new VBox(4);
        timeline.setId("progress-milestones");
        timeline.setAccessibleRole(AccessibleRole.LIST_VIEW);
        timeline.setAccessibleText(messages.get("progress.milestones.title"));
        model.milestones().addListener((ListChangeListener<String>) change -> showMilestones(timeline, model, messages));
        showMilestones(timeline, model, messages);
        TextCard milestones = new TextCard(null, new VBox(8, milestonesTitle, timeline));

        VBox content = new VBox(16, course, note, painChart, movementChart, spasmChart, exerciseChart, milestones);
        content.setPadding(new Insets(16, 24, 24, 24));
        setContent(content);
    }

    private static void showNudges(VBox box, ProgressViewModel model, Messages messages) {
        box.getChildren().clear();
        for (ProgressViewModel.Nudge nudge : model.nudges()) {
            Label title = new Label(nudge.title());
            title.getStyleClass().add("nudge-title");
            title.setWrapText(true);
            Label text = new Label(nudge.text());
            text.setWrapText(true);
            Label source = new Label(messages.get("common.source", nudge.source()));
            source.getStyleClass().add("hint");
            source.setWrapText(true);
            TextCard card = new TextCard(null, new VBox(6, title, text, source));
            card.getStyleClass().add("nudge-card");
            card.setAccessibleRole(AccessibleRole.TEXT);
            card.setAccessibleText(nudge.title() + ". " + nudge.text());
            box.getChildren().add(card);
        }
    }

    private static void showMilestones(VBox box, ProgressViewModel model, Messages messages) {
        box.getChildren().clear();
        if (model.milestones().isEmpty()) {
            Label none = new Label(messages.get("progress.milestones.none"));
            none.getStyleClass().add("hint");
            box.getChildren().add(none);
        }
        for (String line : model.milestones()) {
            Label entry = new Label(line);
            entry.getStyleClass().add("milestone-entry");
            entry.setWrapText(true);
            box.getChildren().add(entry);
        }
    }

    private static Label boundLabel(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        return label;
    }
}
