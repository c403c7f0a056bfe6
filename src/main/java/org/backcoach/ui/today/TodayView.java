package org.backcoach.ui.today;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.backcoach.content.Step;
import org.backcoach.ui.common.Messages;

/** The first screen: today's date, the check-in status with a one-click way in, and a reminder of the steps. */
public final class TodayView extends ScrollPane {

    public TodayView(TodayViewModel model, Messages messages) {
        getStyleClass().add("page");
        setFitToWidth(true);
        Label heading = new Label();
        heading.getStyleClass().add("page-title");
        heading.textProperty().bind(model.headingProperty());

        Label status = new Label();
        status.setId("today-checkin-status");
        status.setWrapText(true);
        status.textProperty().bind(model.checkInStatusProperty());
        Button checkIn = new Button();
        checkIn.setId("today-checkin");
        checkIn.getStyleClass().add("accent");
        checkIn.textProperty().bind(javafx.beans.binding.Bindings.when(model.checkInDoneProperty())
                .then(messages.get("today.checkIn.edit")).otherwise(messages.get("today.checkIn.start")));
        checkIn.setOnAction(e -> model.requestCheckIn());
        Label last = new Label();
        last.setId("today-last");
        last.setWrapText(true);
        last.textProperty().bind(model.lastCheckInProperty());
        Label checkInTitle = new Label(messages.get("today.checkIn.title"));
        checkInTitle.getStyleClass().add("section-title");
        VBox checkInCard = card(checkInTitle, status, checkIn, last);

        VBox steps = new VBox(8);
        Label stepsTitle = new Label(messages.get("today.steps.title"));
        stepsTitle.getStyleClass().add("section-title");
        steps.getChildren().add(stepsTitle);
        for (Step step : model.bundle().steps()) {
            Label line = new Label(step.number() + ". " + step.title() + " — " + step.summary());
            line.setWrapText(true);
            steps.getChildren().add(line);
        }

        Label disclaimer = new Label(model.bundle().disclaimer().text());
        disclaimer.getStyleClass().add("hint");
        disclaimer.setWrapText(true);

        VBox page = new VBox(20, heading, checkInCard, card(steps), disclaimer);
        page.setPadding(new Insets(24));
        setContent(page);
    }

    private static VBox card(javafx.scene.Node... children) {
        VBox box = new VBox(10, children);
        box.getStyleClass().add("card");
        return box;
    }
}
