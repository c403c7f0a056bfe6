package org.backcoach.ui.screening;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.backcoach.content.RedFlag;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.common.ScaleSelector;
import org.backcoach.ui.common.TextCard;

/** The safety questions: pain now, then a Yes/No pair for every red flag; saving needs every answer. */
public final class ScreeningView extends ScrollPane {

    public ScreeningView(ScreeningViewModel model, Messages messages) {
        getStyleClass().add("page");
        setFitToWidth(true);
        setId("screening");
        Label title = new Label(messages.get("screening.title"));
        title.getStyleClass().add("page-title");
        Label intro = wrap(messages.get("screening.intro"));
        ScaleSelector pain = new ScaleSelector(messages.get("screening.pain"), model.painNowProperty(), "screening-pain");
        Label painLabel = wrap(messages.get("screening.pain"));
        painLabel.setLabelFor(pain);
        VBox form = new VBox(18, title, intro, new VBox(6, painLabel, pain));
        VBox questions = new VBox(14);
        int number = 1;
        for (RedFlag flag : model.questions()) {
            questions.getChildren().add(question(number++, flag, model, messages));
        }
        Button save = new Button(messages.get("screening.save"));
        save.setId("screening-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.completeProperty().not().or(model.busyProperty()));
        save.setOnAction(e -> model.save());
        Button later = new Button(messages.get("screening.later"));
        later.setId("screening-later");
        later.setOnAction(e -> model.later());
        Label status = wrap("");
        status.setId("screening-status");
        status.textProperty().bind(model.statusProperty());
        Label hint = wrap(messages.get("screening.allNeeded"));
        hint.getStyleClass().add("hint");
        hint.visibleProperty().bind(model.completeProperty().not());
        form.getChildren().addAll(new TextCard(null, questions), hint, new HBox(12, save, later), status);
        form.setPadding(new Insets(24));
        setContent(form);
    }

    private static VBox question(int number, RedFlag flag, ScreeningViewModel model, Messages messages) {
        Label text = wrap(number + ". " + flag.question());
        ToggleGroup group = new ToggleGroup();
        ToggleButton yes = answerButton(messages.get("screening.yes"), "screening-" + flag.id() + "-yes", group, true);
        ToggleButton no = answerButton(messages.get("screening.no"), "screening-" + flag.id() + "-no", group, false);
        yes.setAccessibleText(messages.get("screening.yes.accessible", flag.question()));
        no.setAccessibleText(messages.get("screening.no.accessible", flag.question()));
        var answer = model.answer(flag.id());
        group.selectedToggleProperty().addListener((obs, old, now) -> answer.set(now == null ? null : (Boolean) now.getUserData()));
        answer.addListener((obs, old, now) -> group.selectToggle(now == null ? null : now ? yes : no));
        return new VBox(6, text, new HBox(8, yes, no));
    }

    private static ToggleButton answerButton(String text, String id, ToggleGroup group, boolean value) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setUserData(value);
        button.setToggleGroup(group);
        button.getStyleClass().add("answer-button");
        return button;
    }

    private static Label wrap(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
