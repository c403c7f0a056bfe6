package org.backcoach.ui.exercises;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.backcoach.content.Exercise;
import org.backcoach.ui.common.FigureView;
import org.backcoach.ui.common.Icons;
import org.backcoach.ui.common.Messages;

/** Exercise library: a list on the left, the chosen exercise's details on the right. */
public final class ExercisesView extends HBox {

    public ExercisesView(ExercisesViewModel model, Messages messages) {
        getStyleClass().add("page");
        setSpacing(16);
        setPadding(new Insets(24));

        ListView<Exercise> list = new ListView<>();
        list.setId("exercise-list");
        list.getItems().setAll(model.exercises());
        list.setAccessibleText(messages.get("exercises.list"));
        list.getStyleClass().add("exercise-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Exercise item, boolean empty) {
                super.updateItem(item, empty);
                // Long titles wrap inside the list's width instead of being cut at large text sizes.
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || item == null ? null : item.title());
                setAccessibleText(empty || item == null ? null : item.title());
            }
        });
        list.getSelectionModel().select(model.selectedProperty().get());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });

        VBox details = new VBox(12);
        details.setId("exercise-details");
        details.setPadding(new Insets(0, 8, 0, 8));
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(true);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        model.selectedProperty().addListener((obs, old, exercise) -> show(details, exercise, model, messages));
        show(details, model.selectedProperty().get(), model, messages);
        getChildren().addAll(list, scroll);
    }

    private static void show(VBox details, Exercise exercise, ExercisesViewModel model, Messages messages) {
        details.getChildren().clear();
        if (exercise == null) {
            return;
        }
        Label title = new Label(exercise.title());
        title.getStyleClass().add("page-title");
        title.setId("exercise-title");
        details.getChildren().addAll(title, wrap(exercise.summary()),
                labelled(messages.get("exercises.dose"), exercise.dose().describe(messages::get)));
        exercise.figure().ifPresent(figure -> details.getChildren().add(new FigureView(figure, FigureView.Pose.BOTH, 1.6,
                messages.get("figure.accessible", exercise.title()), messages.get("figure.start"), messages.get("figure.end"))));
        details.getChildren().add(heading(messages.get("exercises.steps")));
        for (int i = 0; i < exercise.instructions().size(); i++) {
            details.getChildren().add(wrap((i + 1) + ". " + exercise.instructions().get(i)));
        }
        details.getChildren().add(heading(messages.get("exercises.cautions")));
        exercise.cautions().forEach(c -> details.getChildren().add(Icons.caution(c)));
        details.getChildren().addAll(
                labelled(messages.get("exercises.areas"), model.areaLabels(exercise)),
                labelled(messages.get("exercises.muscles"), String.join(", ", exercise.muscles())),
                labelled(messages.get("exercises.phases"), model.phaseTitles(exercise)),
                source(messages.get("common.source", exercise.source())));
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    private static Label labelled(String name, String value) {
        return wrap(name + ": " + value);
    }

    private static Label source(String text) {
        Label label = wrap(text);
        label.getStyleClass().add("hint");
        return label;
    }

    private static Label wrap(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
