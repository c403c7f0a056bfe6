package org.backcoach.ui.today;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.backcoach.coach.PlannedExercise;
import org.backcoach.ui.common.FigureView;
import org.backcoach.ui.common.Forms;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.common.SeekCareCard;

/**
 * The first screen: today's phase and why, the exercises with a start button, the movement goal,
 * the steps that matter now, and the check-in status. While a red flag stops the plan, the
 * seek-care card replaces everything but the reason and the check-in.
 */
public final class TodayView extends ScrollPane {

    public TodayView(TodayViewModel model, Messages messages) {
        getStyleClass().add("page");
        setFitToWidth(true);
        Label heading = new Label();
        heading.getStyleClass().add("page-title");
        heading.textProperty().bind(model.headingProperty());
        Label status = label("today-status");
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());

        VBox page = new VBox(20, heading, status, screeningCard(model, messages), stopCard(model, messages),
                phaseCard(model), exercisesCard(model, messages), movementCard(model, messages),
                stepsCard(model, messages), checkInCard(model, messages), disclaimer(model));
        page.setPadding(new Insets(24));
        setContent(page);
    }

    private static Node screeningCard(TodayViewModel model, Messages messages) {
        Label text = label("today-screening-text");
        text.setText(messages.get("today.screening.text"));
        Button answer = new Button(messages.get("today.screening.start"));
        answer.setId("today-screening");
        answer.getStyleClass().add("accent");
        answer.setOnAction(e -> model.requestScreening());
        return showWhen(Forms.card(messages.get("today.screening.title"), text, answer),
                model.screeningNeededProperty().and(model.redFlagStopProperty().not()));
    }

    private static Node stopCard(TodayViewModel model, Messages messages) {
        SeekCareCard seekCare = new SeekCareCard(messages);
        seekCare.setId("today-seek-care");
        onChange(model.raisedRedFlags(), () -> seekCare.show(model.raisedRedFlags()));
        Label withheld = label("today-withheld");
        withheld.setText(messages.get("today.stop.text"));
        Button soughtCare = new Button(messages.get("today.stop.soughtCare"));
        soughtCare.setId("today-sought-care");
        soughtCare.getStyleClass().add("accent");
        soughtCare.setOnAction(e -> model.confirmSoughtCare());
        Button changed = new Button(messages.get("today.stop.changed"));
        changed.setId("today-change-answers");
        changed.setOnAction(e -> model.requestCheckIn());
        return showWhen(new VBox(12, seekCare, withheld, new FlowPane(12, 8, soughtCare, changed)), model.redFlagStopProperty());
    }

    private static Node phaseCard(TodayViewModel model) {
        Label number = new Label();
        number.getStyleClass().add("hint");
        number.textProperty().bind(model.phaseNumberProperty());
        Label title = new Label();
        title.setId("today-phase");
        title.getStyleClass().add("phase-title");
        title.textProperty().bind(model.phaseTitleProperty());
        Label reason = label("today-reason");
        reason.textProperty().bind(model.reasonProperty());
        Label summary = label(null);
        summary.textProperty().bind(model.phaseSummaryProperty());
        VBox focus = new VBox(4);
        onChange(model.focus(), () ->
                focus.getChildren().setAll(model.focus().stream().map(f -> (Node) label(null, "• " + f)).toList()));
        focus.visibleProperty().bind(model.redFlagStopProperty().not());
        focus.managedProperty().bind(focus.visibleProperty());
        return Forms.card(number, title, reason, summary, focus);
    }

    private static Node exercisesCard(TodayViewModel model, Messages messages) {
        VBox rows = new VBox(8);
        rows.setId("today-exercises");
        onChange(model.exercises(), () -> {
            rows.getChildren().clear();
            for (int i = 0; i < model.exercises().size(); i++) {
                rows.getChildren().add(row(i + 1, model.exercises().get(i), messages));
            }
        });
        Button start = new Button(messages.get("today.start"));
        start.setId("today-start");
        start.getStyleClass().add("accent");
        start.setOnAction(e -> model.startExercises());
        Button micro = new Button(messages.get("today.micro"));
        micro.setId("today-micro");
        micro.setOnAction(e -> model.startMicroRoutine());
        micro.setAccessibleHelp(messages.get("today.micro.help"));
        start.disableProperty().bind(Bindings.isEmpty(model.exercises()));
        micro.disableProperty().bind(Bindings.isEmpty(model.exercises()));
        return showWhen(Forms.card(messages.get("today.exercises.title"), rows, new FlowPane(12, 8, start, micro)),
                model.redFlagStopProperty().not());
    }

    private static Node row(int number, PlannedExercise planned, Messages messages) {
        Label text = label(null, messages.get("today.exercise.row", number, planned.exercise().title(),
                planned.describeDose(messages::get)));
        HBox row = new HBox(12, text);
        row.setAlignment(Pos.CENTER_LEFT);
        planned.exercise().figure().ifPresent(figure -> row.getChildren().add(0, new FigureView(figure,
                FigureView.Pose.START, 0.6, messages.get("figure.accessible", planned.exercise().title()), "", "")));
        return row;
    }

    private static Node movementCard(TodayViewModel model, Messages messages) {
        Label goal = label("today-goal");
        goal.textProperty().bind(model.movementGoalProperty());
        Label tip = label(null);
        tip.getStyleClass().add("hint");
        tip.textProperty().bind(model.movementTipProperty());
        return showWhen(Forms.card(messages.get("today.movement.title"), goal, tip),
                model.redFlagStopProperty().not());
    }

    private static Node stepsCard(TodayViewModel model, Messages messages) {
        VBox steps = new VBox(8);
        steps.setId("today-steps");
        onChange(model.steps(), () -> steps.getChildren().setAll(model.steps().stream()
                .map(s -> (Node) label(null, s.number() + ". " + s.title() + " — " + s.summary())).toList()));
        return showWhen(Forms.card(messages.get("today.steps.now"), steps), model.redFlagStopProperty().not());
    }

    private static Node checkInCard(TodayViewModel model, Messages messages) {
        Label status = label("today-checkin-status");
        status.textProperty().bind(model.checkInStatusProperty());
        Button checkIn = new Button();
        checkIn.setId("today-checkin");
        checkIn.getStyleClass().add("accent");
        checkIn.textProperty().bind(Bindings.when(model.checkInDoneProperty())
                .then(messages.get("today.checkIn.edit")).otherwise(messages.get("today.checkIn.start")));
        checkIn.setOnAction(e -> model.requestCheckIn());
        Label last = label("today-last");
        last.textProperty().bind(model.lastCheckInProperty());
        return Forms.card(messages.get("today.checkIn.title"), status, checkIn, last);
    }

    private static Node disclaimer(TodayViewModel model) {
        Label disclaimer = label(null, model.bundle().disclaimer().text());
        disclaimer.getStyleClass().add("hint");
        return disclaimer;
    }

    /** Runs {@code fill} now and on every change, so the view is right however late it is built. */
    private static void onChange(javafx.collections.ObservableList<?> list, Runnable fill) {
        list.addListener((ListChangeListener<Object>) c -> fill.run());
        fill.run();
    }

    private static Node showWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
        return node;
    }

    private static Label label(String id) {
        return label(id, "");
    }

    private static Label label(String id, String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        if (id != null) {
            label.setId(id);
        }
        return label;
    }
}
