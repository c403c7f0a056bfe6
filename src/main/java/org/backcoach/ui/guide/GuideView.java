package org.backcoach.ui.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Accordion;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import org.backcoach.content.Area;
import org.backcoach.content.Exercise;
import org.backcoach.content.RedFlag;
import org.backcoach.content.Step;
import org.backcoach.ui.common.BodyMap;
import org.backcoach.ui.common.Forms;
import org.backcoach.ui.common.Messages;

/** The five steps as expandable panes, then habits, safety and when to seek care. */
public final class GuideView extends ScrollPane {

    public GuideView(GuideViewModel model, Messages messages) {
        getStyleClass().add("page");
        setFitToWidth(true);
        Label title = new Label(messages.get("guide.title"));
        title.getStyleClass().add("page-title");

        Accordion steps = new Accordion();
        steps.setId("guide-steps");
        for (Step step : model.steps()) {
            VBox body = new VBox(8, wrap(step.summary()));
            step.guidance().forEach(g -> body.getChildren().add(wrap("• " + g)));
            body.getChildren().add(Forms.hint(messages.get("common.source", step.source())));
            if (step.id().equals(GuideViewModel.RELATED_PAINS_STEP)) {
                body.getChildren().add(relatedPains(model, messages));
            }
            TitledPane pane = new TitledPane(step.number() + ". " + step.title(), body);
            pane.setId("step-" + step.id());
            pane.setAccessibleText(step.number() + ". " + step.title());
            // No sliding: the text is simply there, which is calmer and kinder to a tired eye.
            pane.setAnimated(false);
            steps.getPanes().add(pane);
        }
        if (!steps.getPanes().isEmpty()) {
            steps.setExpandedPane(steps.getPanes().get(0));
        }

        VBox habits = new VBox(8);
        model.habits().forEach(h -> habits.getChildren().addAll(bold(h.title()), wrap(h.text()),
                Forms.hint(messages.get("common.source", h.source()))));
        VBox safety = new VBox(8);
        model.safety().forEach(s -> safety.getChildren().add(wrap("• " + s.text())));
        VBox care = new VBox(8, wrap(messages.get("guide.redFlags.intro")));
        for (RedFlag flag : model.redFlags()) {
            care.getChildren().add(wrap((flag.urgency() == RedFlag.Urgency.URGENT
                    ? messages.get("guide.redFlags.urgent") : messages.get("guide.redFlags.soon")) + " " + flag.question()));
        }

        VBox page = new VBox(16, title, steps,
                Forms.card(messages.get("guide.habits"), habits),
                Forms.card(messages.get("guide.safety"), safety),
                Forms.card(messages.get("guide.redFlags"), care),
                Forms.hint(model.disclaimer().text()));
        page.setPadding(new Insets(24));
        setContent(page);
    }

    /** The body map: pick a region to see what eases it and which warning signs belong to it. */
    private static Node relatedPains(GuideViewModel model, Messages messages) {
        BodyMap map = new BodyMap(model.areas(), model.pickedArea(), messages, "guide-area-", 1.25, true);
        VBox details = new VBox(6);
        details.setId("guide-area-details");
        Runnable update = () -> details.getChildren().setAll(areaDetails(model, messages));
        model.pickedArea().addListener((SetChangeListener<String>) c -> update.run());
        update.run();
        return Forms.card(bold(messages.get("guide.bodyMap.title")), wrap(messages.get("guide.bodyMap.intro")), map, details);
    }

    private static List<Node> areaDetails(GuideViewModel model, Messages messages) {
        List<Node> nodes = new ArrayList<>();
        Optional<Area> picked = model.picked();
        if (picked.isEmpty()) {
            nodes.add(Forms.hint(messages.get("guide.bodyMap.pick")));
            return nodes;
        }
        Area area = picked.get();
        nodes.add(bold(area.label()));
        var exercises = model.exercisesFor(area.id());
        nodes.add(wrap(exercises.isEmpty() ? messages.get("guide.bodyMap.noExercises")
                : messages.get("guide.bodyMap.exercises", String.join(", ", exercises.stream()
                        .map(Exercise::title).toList()))));
        for (RedFlag flag : model.redFlagsFor(area.id())) {
            Label warning = wrap(messages.get("guide.bodyMap.redFlag", flag.question()));
            warning.getStyleClass().add("caution");
            nodes.add(warning);
        }
        return nodes;
    }

    private static Label bold(String text) {
        Label label = wrap(text);
        label.getStyleClass().add("strong");
        return label;
    }

    private static Label wrap(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
