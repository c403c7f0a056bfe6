package org.backcoach.ui.checkin;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.backcoach.content.Factor;
import org.backcoach.content.RedFlag;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.CheckInField;
import org.backcoach.ui.common.BodyMap;
import org.backcoach.ui.common.Forms;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.common.ScaleSelector;
import org.backcoach.ui.common.SeekCareCard;

/**
 * The daily check-in form: builds nodes and binds them to {@link CheckInViewModel}, which holds
 * the values and the saving. The view still works out a few things of its own: the note's
 * character count, which picked areas have red-flag questions (asked beside the body map), and
 * the Ctrl+S shortcut for Save.
 */
public final class CheckInView extends ScrollPane {

    public CheckInView(CheckInViewModel model, Messages messages) {
        getStyleClass().add("page");
        setFitToWidth(true);
        var errors = model.errors();
        ScaleSelector painNow = new ScaleSelector(messages.get("checkin.painNow"), model.painNowProperty(), "pain-now");
        // Opened from a shortcut or from Today, the form starts at pain now: type a digit and go on.
        painNow.getStyleClass().add("initial-focus");

        Label title = new Label(messages.get("checkin.title"));
        title.getStyleClass().add("page-title");
        DatePicker date = Forms.datePicker("checkin-date", messages);
        date.valueProperty().bindBidirectional(model.dateProperty());
        date.setAccessibleText(messages.get("checkin.date"));

        TextField spasms = Forms.wholeNumberField("checkin-spasms", 4);
        spasms.textProperty().bindBidirectional(model.spasmsProperty());
        TextField walk = Forms.wholeNumberField("checkin-walk", 5);
        walk.textProperty().bindBidirectional(model.walkMinutesProperty());
        TextField sitting = Forms.wholeNumberField("checkin-sitting", 5);
        sitting.textProperty().bindBidirectional(model.sittingMaxMinutesProperty());
        TextField breaks = Forms.wholeNumberField("checkin-breaks", 4);
        breaks.textProperty().bindBidirectional(model.movementBreaksProperty());

        TextArea note = Forms.tabLeaves(new TextArea());
        note.setId("checkin-note");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.textProperty().bindBidirectional(model.noteProperty());
        Label noteCount = new Label();
        noteCount.getStyleClass().add("hint");
        noteCount.textProperty().bind(Bindings.createStringBinding(() -> messages.get("checkin.note.count",
                model.noteProperty().get().codePointCount(0, model.noteProperty().get().length()),
                CheckIn.MAX_NOTE_CHARS), model.noteProperty()));

        SeekCareCard seekCare = new SeekCareCard(messages);
        model.redFlags().addListener((SetChangeListener<String>) change -> seekCare.show(model.raisedRedFlags()));
        seekCare.show(model.raisedRedFlags());

        Button save = new Button(messages.get("checkin.save"));
        save.setId("checkin-save");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), save::fire);
            }
        });
        Label status = new Label();
        status.setId("checkin-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);

        VBox form = new VBox(18,
                flow(List.of(title, date)),
                section(messages.get("checkin.section.pain"),
                        Forms.field(messages.get("checkin.painNow"),
                                painNow,
                                errors, CheckInField.PAIN_NOW),
                        Forms.field(messages.get("checkin.painWorst"),
                                new ScaleSelector(messages.get("checkin.painWorst"), model.painWorstProperty(), "pain-worst"),
                                errors, CheckInField.PAIN_WORST),
                        Forms.field(messages.get("checkin.spasms"), spasms, errors, CheckInField.SPASMS)),
                section(messages.get("checkin.section.areas"),
                        Forms.field(messages.get("checkin.areas"),
                                new BodyMap(model.bundle().areas(), model.areas(), messages, "area-", 1.25, false),
                                errors, CheckInField.AREAS),
                        areaRedFlags(model, messages)),
                section(messages.get("checkin.section.movement"),
                        Forms.field(messages.get("checkin.walk"), walk, errors, CheckInField.WALK_MINUTES),
                        Forms.field(messages.get("checkin.sitting"), sitting, errors, CheckInField.SITTING_MAX_MINUTES),
                        Forms.field(messages.get("checkin.breaks"), breaks, errors, CheckInField.MOVEMENT_BREAKS)),
                section(messages.get("checkin.section.factors"),
                        Forms.field(messages.get("checkin.helpers"), factorBoxes(model, Factor.Kind.HELPER), errors,
                                CheckInField.FACTORS),
                        Forms.field(messages.get("checkin.aggravators"), factorBoxes(model, Factor.Kind.AGGRAVATOR),
                                errors, CheckInField.FACTORS)),
                section(messages.get("checkin.section.milestones"),
                        Forms.field(messages.get("checkin.milestones"), milestoneBoxes(model), errors,
                                CheckInField.MILESTONES)),
                section(messages.get("checkin.section.wellbeing"),
                        Forms.field(messages.get("checkin.stress"),
                                new ScaleSelector(messages.get("checkin.stress"), model.stressProperty(), "stress"),
                                errors, CheckInField.STRESS),
                        Forms.field(messages.get("checkin.sleep"),
                                new ScaleSelector(messages.get("checkin.sleep"), model.sleepProperty(), "sleep"),
                                errors, CheckInField.SLEEP)),
                section(messages.get("checkin.section.redFlags"),
                        new Label(messages.get("checkin.redFlags.intro")),
                        Forms.field(messages.get("checkin.redFlags"), redFlagBoxes(model), errors, CheckInField.RED_FLAGS),
                        seekCare),
                section(messages.get("checkin.section.note"),
                        Forms.field(messages.get("checkin.note"), note, errors, CheckInField.NOTE), noteCount),
                new VBox(8, save, status));
        form.setPadding(new Insets(24));
        form.getStyleClass().add("checkin-form");
        setContent(form);
    }

    /** Red-flag questions that belong to a picked area (e.g. below the knee), asked right there. */
    private static Node areaRedFlags(CheckInViewModel model, Messages messages) {
        VBox box = new VBox(6);
        box.setId("checkin-area-redflags");
        box.getStyleClass().add("area-red-flags");
        Runnable update = () -> {
            List<RedFlag> flags = model.areaRedFlags();
            box.getChildren().clear();
            if (!flags.isEmpty()) {
                Label intro = new Label(messages.get("checkin.areaRedFlags", String.join(", ", model.bundle().areas()
                        .stream().filter(a -> model.areas().contains(a.id()) && !model.bundle().redFlagsForArea(a.id()).isEmpty())
                        .map(a -> a.label()).toList())));
                intro.setWrapText(true);
                intro.getStyleClass().add("strong");
                box.getChildren().add(intro);
                flags.forEach(flag -> box.getChildren().add(
                        Forms.idCheckBox(flag.question(), "area-redflag-", flag.id(), model.redFlags())));
            }
            box.setVisible(!flags.isEmpty());
            box.setManaged(!flags.isEmpty());
        };
        model.areas().addListener((SetChangeListener<String>) change -> update.run());
        update.run();
        return box;
    }

    private static Node factorBoxes(CheckInViewModel model, Factor.Kind kind) {
        return flow(model.bundle().factors().stream().filter(f -> f.kind() == kind)
                .map(f -> {
                    CheckBox box = Forms.idCheckBox(f.label(), "factor-", f.id(), model.factors());
                    box.setAccessibleHelp(f.description());
                    return (Node) box;
                }).toList());
    }

    private static Node milestoneBoxes(CheckInViewModel model) {
        VBox boxes = new VBox(6);
        model.bundle().milestones().forEach(m ->
                boxes.getChildren().add(Forms.idCheckBox(m.question(), "milestone-", m.id(), model.milestones())));
        return boxes;
    }

    private static Node redFlagBoxes(CheckInViewModel model) {
        VBox boxes = new VBox(6);
        model.bundle().redFlags().forEach(flag ->
                boxes.getChildren().add(Forms.idCheckBox(flag.question(), "redflag-", flag.id(), model.redFlags())));
        return boxes;
    }

    private static FlowPane flow(List<? extends Node> nodes) {
        FlowPane pane = new FlowPane(12, 8);
        pane.getChildren().addAll(nodes);
        return pane;
    }

    private static Node section(String heading, Node... content) {
        return Forms.card(heading, content);
    }
}
