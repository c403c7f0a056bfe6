package org.backcoach.ui.spasm;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.backcoach.ui.common.BodyMap;
import org.backcoach.ui.common.Icons;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.common.ScaleSelector;
import org.backcoach.ui.common.TextCard;
import org.kordamp.ikonli.feather.Feather;

/**
 * "Spasm now", over the whole window: one calm step at a time with a gentle timer, then the
 * offer to note the spasm. Enter goes on, Escape closes. The timeline ticks only while a timer runs.
 */
public final class SpasmView extends StackPane {

    private final Timeline ticker;

    public SpasmView(SpasmViewModel model, Messages messages) {
        ticker = new Timeline(new KeyFrame(Duration.millis(250), e -> model.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        model.timerRunningProperty().addListener((obs, was, running) -> run(running));
        sceneProperty().addListener((obs, old, scene) -> run(scene != null && model.timerRunningProperty().get()));

        Label title = new Label(model.flow().title());
        title.getStyleClass().add("page-title");
        title.setWrapText(true);
        Button close = new Button(messages.get("spasm.close"));
        close.setId("spasm-close");
        close.setOnAction(e -> model.close());
        close.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, close);
        header.setAlignment(Pos.TOP_LEFT);
        Label intro = wrap(model.flow().intro());
        intro.getStyleClass().add("hint");

        Label number = new Label();
        number.getStyleClass().add("hint");
        number.textProperty().bind(model.stepNumberProperty());
        Label stepTitle = new Label();
        stepTitle.setId("spasm-step-title");
        stepTitle.getStyleClass().add("section-title");
        stepTitle.textProperty().bind(model.stepTitleProperty());
        VBox text = new VBox(10);
        text.setId("spasm-text");
        model.stepText().addListener((ListChangeListener<String>) c -> fill(text, model));
        fill(text, model);

        VBox body = new VBox(16, header, intro, number, stepTitle, text, timer(model, messages),
                closingForm(model, messages), navigation(model, messages));
        body.setPadding(new Insets(24));
        body.getStyleClass().add("spasm-card");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setMaxWidth(760);
        scroll.getStyleClass().add("modal-card");
        StackPane.setAlignment(scroll, Pos.CENTER);
        StackPane.setMargin(scroll, new Insets(24));
        getChildren().add(scroll);
        setId("spasm-flow");
    }

    private void run(boolean running) {
        if (running && getScene() != null) {
            ticker.play();
        } else {
            ticker.stop();
        }
    }

    private static void fill(VBox text, SpasmViewModel model) {
        text.getChildren().setAll(model.stepText().stream().map(line -> {
            Label label = wrap(line);
            label.getStyleClass().add("calm-text");
            return (Node) label;
        }).toList());
    }

    private static Node timer(SpasmViewModel model, Messages messages) {
        Label time = new Label();
        time.setId("spasm-timer-text");
        time.getStyleClass().add("player-countdown");
        time.textProperty().bind(model.timerTextProperty());
        Label breathing = new Label();
        breathing.setId("spasm-breathing");
        breathing.getStyleClass().add("section-title");
        breathing.textProperty().bind(model.breathingProperty());
        Button toggle = new Button();
        toggle.setId("spasm-timer");
        toggle.textProperty().bind(Bindings.when(model.timerRunningProperty())
                .then(messages.get("spasm.timer.pause")).otherwise(messages.get("spasm.timer.start")));
        toggle.setOnAction(e -> model.toggleTimer());
        TextCard box = new TextCard(null, new VBox(8, time, breathing, toggle));
        box.visibleProperty().bind(model.hasTimerProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Node closingForm(SpasmViewModel model, Messages messages) {
        Spinner<Integer> count = new Spinner<>();
        count.setId("spasm-count");
        count.setEditable(true);
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 50, 1);
        count.setValueFactory(factory);
        factory.valueProperty().bindBidirectional(model.spasmCountProperty());
        count.setAccessibleText(messages.get("spasm.log.count"));
        Label countLabel = wrap(messages.get("spasm.log.count"));
        countLabel.setLabelFor(count);
        BodyMap map = new BodyMap(model.bundle().areas(), model.areas(), messages, "spasm-area-", 1.25, false);
        ScaleSelector pain = new ScaleSelector(messages.get("spasm.log.pain"), model.painNowProperty(), "spasm-pain");
        Label painLabel = wrap(messages.get("spasm.log.pain"));
        painLabel.setLabelFor(pain);
        Button log = new Button(messages.get("spasm.log.save"));
        log.setId("spasm-log");
        log.getStyleClass().add("accent");
        log.setOnAction(e -> model.logSpasm());
        log.disableProperty().bind(model.loggedProperty());
        Label status = wrap("");
        status.setId("spasm-status");
        status.textProperty().bind(model.statusProperty());
        TextCard box = new TextCard(null, new VBox(12, wrap(messages.get("spasm.log.intro")), countLabel, count,
                wrap(messages.get("spasm.log.areas")), map, painLabel, pain, log, status));
        box.visibleProperty().bind(model.closingProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Node navigation(SpasmViewModel model, Messages messages) {
        Button back = Icons.before(new Button(messages.get("spasm.back")), Feather.CHEVRON_LEFT);
        back.setId("spasm-back");
        back.setOnAction(e -> model.previous());
        back.disableProperty().bind(model.stepIndexProperty().isEqualTo(0));
        Button next = Icons.after(new Button(), Feather.CHEVRON_RIGHT);
        next.setId("spasm-next");
        next.getStyleClass().add("initial-focus");
        next.getStyleClass().add("accent");
        next.setDefaultButton(true);
        next.textProperty().bind(Bindings.when(model.closingProperty())
                .then(messages.get("spasm.done")).otherwise(messages.get("spasm.next")));
        next.setOnAction(e -> {
            if (model.closingProperty().get()) {
                model.close();
            } else {
                model.next();
            }
        });
        return new javafx.scene.layout.FlowPane(12, 8, back, next);
    }

    private static Label wrap(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
