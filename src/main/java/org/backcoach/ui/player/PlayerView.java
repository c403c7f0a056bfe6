package org.backcoach.ui.player;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.backcoach.coach.ExercisePlayer.Stage;
import org.backcoach.coach.PlannedExercise;
import org.backcoach.ui.common.FigureView;
import org.backcoach.ui.common.Icons;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.common.ReflowPane;
import org.backcoach.ui.common.ScaleSelector;
import org.backcoach.ui.common.TextCard;
import org.kordamp.ikonli.feather.Feather;

/**
 * The exercise player: guidance (numbered steps, dose, cautions) and the figure on the left, the
 * timer and controls on the right. Keys while a timer runs: Space pauses or resumes, Left and
 * Right step back and forward, Enter presses the focused button; when rating, digits choose and
 * Enter logs. A timeline ticks the model only
 * while a timer runs, so an idle player costs nothing.
 */
public final class PlayerView extends ScrollPane {

    private final Timeline ticker;

    public PlayerView(PlayerViewModel model, Messages messages) {
        getStyleClass().addAll("page", "player");
        setFitToWidth(true);
        setId("player");
        ticker = new Timeline(new KeyFrame(Duration.millis(200), e -> model.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        model.timerRunningProperty().addListener((obs, was, running) -> run(running));
        sceneProperty().addListener((obs, old, scene) -> run(scene != null && model.timerRunningProperty().get()));
        run(model.timerRunningProperty().get());

        Label progress = new Label();
        progress.getStyleClass().add("hint");
        progress.textProperty().bind(model.progressProperty());
        Label title = new Label();
        title.setId("player-title");
        title.getStyleClass().add("page-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> model.exerciseProperty().get().exercise().title(),
                model.exerciseProperty()));
        ToggleButton mute = new ToggleButton(messages.get("player.mute"));
        mute.setId("player-mute");
        mute.selectedProperty().bindBidirectional(model.mutedProperty());
        mute.setAccessibleHelp(messages.get("player.mute.help"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, new VBox(4, progress, title), spacer, mute);
        top.setAlignment(Pos.CENTER_LEFT);

        VBox guidance = new VBox(10);
        guidance.setId("player-guidance");
        guidance.getStyleClass().add("player-guidance");
        model.exerciseProperty().addListener((obs, old, now) -> guidance.getChildren().setAll(guidance(now, messages)));
        guidance.getChildren().setAll(guidance(model.exerciseProperty().get(), messages));

        // Side by side at normal text sizes; the timer goes under the guidance when the text is large.
        ReflowPane body = new ReflowPane(24, guidance, timerPanel(model, messages));
        VBox page = new VBox(16, top, body);
        page.setPadding(new Insets(24));
        setContent(page);

        // Keys work wherever focus is while the player shows (not while a modal covers it).
        javafx.event.EventHandler<KeyEvent> keys = e -> {
            if (!isDisabled()) {
                onKey(e, model);
            }
        };
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
    }

    private boolean isAncestorOf(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    /** For tests: whether the timeline is ticking (it must not while no timer runs). */
    boolean ticking() {
        return ticker.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    private void run(boolean running) {
        if (running && getScene() != null) {
            ticker.play();
        } else {
            ticker.stop();
        }
    }

    private void onKey(KeyEvent e, PlayerViewModel model) {
        if (e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return; // Ctrl+Enter and the other shortcuts belong to the window, not to the player's keys
        }
        Stage stage = model.stageProperty().get();
        if (stage == Stage.RATE && e.getCode() == KeyCode.ENTER && model.painRatingProperty().get() != null) {
            // Enter logs the chosen rating, even while a rating button (which Enter would untick) has focus.
            model.logRating();
            e.consume();
            return;
        }
        boolean timed = stage == Stage.GET_READY || stage == Stage.WORK || stage == Stage.REST;
        if (!timed) {
            return;
        }
        switch (e.getCode()) {
            case SPACE -> model.togglePause();
            case LEFT -> model.previous();
            case RIGHT -> model.next();
            case ENTER -> {
                // Only the player's own buttons: Enter on the navigation must not be taken for "Next".
                if (e.getTarget() instanceof ButtonBase button && isAncestorOf(button)) {
                    button.fire();
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private static Node timerPanel(PlayerViewModel model, Messages messages) {
        Label stage = new Label();
        stage.setId("player-stage");
        stage.getStyleClass().add("section-title");
        stage.setWrapText(true);
        stage.textProperty().bind(model.stageTextProperty());
        Label countdown = new Label();
        countdown.setId("player-countdown");
        countdown.getStyleClass().add("player-countdown");
        countdown.textProperty().bind(model.countdownProperty());
        // A screen reader hears the whole timer, not a bare number: "Hold and breathe, 12 seconds left, set 2 of 3".
        countdown.accessibleTextProperty().bind(model.timerStatusProperty());
        Label counter = new Label();
        counter.setId("player-counter");
        counter.textProperty().bind(model.counterProperty());
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.segmentProgressProperty());
        bar.setAccessibleText(messages.get("player.segmentProgress"));
        Label message = new Label();
        message.setId("player-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());

        BooleanBinding timed = Bindings.createBooleanBinding(() -> {
            Stage s = model.stageProperty().get();
            return s == Stage.GET_READY || s == Stage.WORK || s == Stage.REST;
        }, model.stageProperty());
        Button back = Icons.before(button("player-previous", messages.get("player.previous"), model::previous),
                Feather.CHEVRON_LEFT);
        Button pause = button("player-pause", "", model::togglePause);
        pause.getStyleClass().add("initial-focus");
        pause.textProperty().bind(Bindings.when(model.pausedProperty())
                .then(messages.get("player.resume")).otherwise(messages.get("player.pause")));
        Button next = Icons.after(button("player-next", messages.get("player.next"), model::next), Feather.CHEVRON_RIGHT);
        Button skip = button("player-skip", messages.get("player.skip"), model::skip);
        Button stop = button("player-stop", messages.get("player.stop"), model::stop);
        back.setAccessibleHelp(messages.get("player.keys"));
        // The pause button has the focus while the timer runs, so its help carries the timer's state.
        pause.accessibleHelpProperty().bind(Bindings.concat(model.timerStatusProperty(), ". ", messages.get("player.keys")));
        next.setAccessibleHelp(messages.get("player.keys"));
        FlowPane controls = new FlowPane(8, 8, back, pause, next);
        FlowPane more = new FlowPane(8, 8, skip, stop);
        Label keys = new Label(messages.get("player.keys"));
        keys.getStyleClass().add("hint");
        keys.setWrapText(true);
        VBox running = showWhen(new VBox(12, stage, countdown, counter, bar, controls, more, keys), timed);
        running.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        running.accessibleTextProperty().bind(model.timerStatusProperty());

        Label rateQuestion = new Label(messages.get("player.rate.question"));
        rateQuestion.setWrapText(true);
        ScaleSelector pain = new ScaleSelector(messages.get("player.rate.question"), model.painRatingProperty(), "player-pain");
        Button log = button("player-log", messages.get("player.rate.log"), model::logRating);
        log.getStyleClass().add("accent");
        log.setDefaultButton(true);
        log.disableProperty().bind(model.painRatingProperty().isNull());
        Button noLog = button("player-skip-rating", messages.get("player.rate.skip"), model::skipRating);
        VBox rating = showWhen(new VBox(12, stageLabel(model), rateQuestion, pain, new FlowPane(8, 8, log, noLog)),
                model.stageProperty().isEqualTo(Stage.RATE));
        rating.visibleProperty().addListener((obs, was, shown) -> {
            if (shown) {
                pain.getChildren().get(0).requestFocus();
            }
        });

        Button finish = button("player-finish", messages.get("player.takeCare.finish"), model::stop);
        finish.getStyleClass().add("accent");
        Button carryOn = button("player-continue", messages.get("player.takeCare.continue"), model::continueGently);
        VBox takeCare = showWhen(new VBox(12, stageLabel(model), new FlowPane(8, 8, finish, carryOn)),
                model.stageProperty().isEqualTo(Stage.TAKE_CARE));

        Label summary = new Label();
        summary.setId("player-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Button close = button("player-close", messages.get("player.close"), model::close);
        close.getStyleClass().add("accent");
        VBox finished = showWhen(new VBox(12, stageLabel(model), summary, close), model.stageProperty().isEqualTo(Stage.FINISHED));
        finished.visibleProperty().addListener((obs, was, shown) -> {
            if (shown) {
                close.requestFocus();
            }
        });

        TextCard panel = new TextCard(null, new VBox(16, running, rating, takeCare, finished, message));
        panel.getStyleClass().add("player-panel");
        return panel;
    }

    private static Label stageLabel(PlayerViewModel model) {
        Label label = new Label();
        label.getStyleClass().add("section-title");
        label.setWrapText(true);
        label.textProperty().bind(model.stageTextProperty());
        return label;
    }

    private static Node[] guidance(PlannedExercise planned, Messages messages) {
        var exercise = planned.exercise();
        VBox steps = new VBox(6);
        for (int i = 0; i < exercise.instructions().size(); i++) {
            steps.getChildren().add(wrap((i + 1) + ". " + exercise.instructions().get(i)));
        }
        VBox cautions = new VBox(6);
        exercise.cautions().forEach(c -> cautions.getChildren().add(Icons.caution(c)));
        Node figure = exercise.figure().<Node>map(f -> new FigureView(f, FigureView.Pose.BOTH, 1.8,
                messages.get("figure.accessible", exercise.title()), messages.get("figure.start"),
                messages.get("figure.end"))).orElse(new Region());
        Label dose = wrap(messages.get("player.dose", planned.describeDose(messages::get)));
        dose.setId("player-dose");
        return new Node[] {figure, dose, heading(messages.get("exercises.steps")), steps,
                heading(messages.get("exercises.cautions")), cautions};
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static VBox showWhen(VBox box, javafx.beans.value.ObservableBooleanValue condition) {
        box.visibleProperty().bind(condition);
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    private static Label wrap(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
