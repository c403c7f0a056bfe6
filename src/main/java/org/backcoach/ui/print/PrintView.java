package org.backcoach.ui.print;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.backcoach.content.Exercise;
import org.backcoach.content.Phase;
import org.backcoach.settings.PaperSize;
import org.backcoach.ui.common.Forms;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.common.TextCard;

/** The Print screen: choose a printout and its options, then save it as a PDF or print it. */
public final class PrintView extends ScrollPane {

    /** Asks where to save; the app shows a FileChooser, tests answer with a temp file. */
    @FunctionalInterface
    public interface SaveDialog {
        Optional<Path> choose(Window owner, String suggestedName);
    }

    public PrintView(PrintViewModel model, Messages messages) {
        this(model, messages, fileChooser(messages));
    }

    public PrintView(PrintViewModel model, Messages messages, SaveDialog saveDialog) {
        getStyleClass().add("page");
        setFitToWidth(true);
        Label title = new Label(messages.get("print.title"));
        title.getStyleClass().add("page-title");
        Label intro = Forms.hint(messages.get("print.intro"));

        ToggleGroup kinds = new ToggleGroup();
        FlowPane kindChoice = new FlowPane(16, 8,
                radio(kinds, "print-kind-sheet", messages.get("print.kind.sheet"), PrintViewModel.Kind.SHEET),
                radio(kinds, "print-kind-report", messages.get("print.kind.report"), PrintViewModel.Kind.REPORT),
                radio(kinds, "print-kind-flare", messages.get("print.kind.flarePlan"), PrintViewModel.Kind.FLARE_PLAN));
        kindChoice.setAccessibleText(messages.get("print.kind"));
        bind(kinds, model.kindProperty());

        TextCard sheet = Forms.card(messages.get("print.section.sheet"), sheetOptions(model, messages));
        TextCard report = Forms.card(messages.get("print.section.report"), reportOptions(model, messages));
        TextCard flare = Forms.card(messages.get("print.section.flarePlan"), Forms.hint(messages.get("print.flarePlan.hint")));
        showWhen(sheet, model, PrintViewModel.Kind.SHEET);
        showWhen(report, model, PrintViewModel.Kind.REPORT);
        showWhen(flare, model, PrintViewModel.Kind.FLARE_PLAN);

        ToggleGroup papers = new ToggleGroup();
        FlowPane paperChoice = new FlowPane(16, 8,
                radio(papers, "print-paper-a4", messages.get("print.paper.a4"), PaperSize.A4),
                radio(papers, "print-paper-letter", messages.get("print.paper.letter"), PaperSize.LETTER));
        paperChoice.setAccessibleText(messages.get("print.paper"));
        bind(papers, model.paperProperty());

        Label problem = new Label();
        problem.setId("print-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Button save = new Button(messages.get("print.save"));
        save.setId("print-save");
        save.setMnemonicParsing(true);
        save.setDefaultButton(true);
        save.disableProperty().bind(model.canRunBinding().not());
        save.setOnAction(e -> saveDialog.choose(getScene() == null ? null : getScene().getWindow(),
                model.suggestedFileName()).ifPresent(model::saveTo));
        Button print = new Button(messages.get("print.print"));
        print.setId("print-print");
        print.setMnemonicParsing(true);
        print.disableProperty().bind(model.canRunBinding().not());
        print.setOnAction(e -> model.print());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("print-progress");
        progress.setPrefSize(28, 28);
        progress.setAccessibleText(messages.get("print.progress"));
        progress.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId("print-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        FlowPane actions = new FlowPane(12, 8, save, print, progress);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox page = new VBox(16, title, intro, Forms.card(messages.get("print.section.what"), kindChoice), sheet, report,
                flare, Forms.card(messages.get("print.section.paper"), paperChoice), problem, actions, status);
        page.setPadding(new Insets(24));
        page.setMaxWidth(900);
        setContent(page);
    }

    private static Node[] sheetOptions(PrintViewModel model, Messages messages) {
        ToggleGroup sources = new ToggleGroup();
        RadioButton today = radio(sources, "print-source-today", messages.get("print.sheet.today"),
                PrintViewModel.SheetSource.TODAY);
        today.visibleProperty().bind(model.todayAvailableProperty());
        // Disabled too while hidden, so the arrow keys in this radio group skip it.
        today.disableProperty().bind(model.todayAvailableProperty().not());
        today.managedProperty().bind(today.visibleProperty());
        RadioButton phase = radio(sources, "print-source-phase", messages.get("print.sheet.phase"),
                PrintViewModel.SheetSource.PHASE);
        RadioButton picked = radio(sources, "print-source-picked", messages.get("print.sheet.picked"),
                PrintViewModel.SheetSource.PICKED);
        bind(sources, model.sheetSourceProperty());

        ComboBox<Phase> phases = new ComboBox<>();
        phases.setId("print-phase");
        phases.getItems().setAll(model.phases());
        phases.setAccessibleText(messages.get("print.sheet.phaseChoice"));
        phases.setCellFactory(list -> phaseCell(messages));
        phases.setButtonCell(phaseCell(messages));
        phases.valueProperty().bindBidirectional(model.phaseProperty());
        phases.disableProperty().bind(model.sheetSourceProperty().isNotEqualTo(PrintViewModel.SheetSource.PHASE));

        // Tiles as wide as the longest title, as many columns as fit: nothing is cut at large text sizes.
        TilePane exercises = new TilePane(12, 6);
        exercises.setId("print-exercises");
        exercises.setPrefColumns(2);
        exercises.setTileAlignment(Pos.CENTER_LEFT);
        exercises.setPadding(new Insets(0, 0, 0, 28));
        exercises.setAccessibleText(messages.get("print.sheet.pickedList"));
        for (Exercise exercise : model.exercises()) {
            exercises.getChildren().add(Forms.idCheckBox(exercise.title(), "print-exercise-", exercise.id(), model.picked()));
        }
        exercises.disableProperty().bind(model.sheetSourceProperty().isNotEqualTo(PrintViewModel.SheetSource.PICKED));
        FlowPane phaseRow = new FlowPane(12, 8, phase, phases);
        phaseRow.setAlignment(Pos.CENTER_LEFT);
        return new Node[] {today, phaseRow, picked, exercises};
    }

    private static Node[] reportOptions(PrintViewModel model, Messages messages) {
        DatePicker from = datePicker("print-from", messages.get("print.report.from"), model.fromProperty(), messages);
        DatePicker to = datePicker("print-to", messages.get("print.report.to"), model.toProperty(), messages);
        Label fromLabel = new Label(messages.get("print.report.from"));
        fromLabel.setLabelFor(from);
        Label toLabel = new Label(messages.get("print.report.to"));
        toLabel.setLabelFor(to);
        FlowPane dates = new FlowPane(12, 8, fromLabel, from, toLabel, to);
        dates.setAlignment(Pos.CENTER_LEFT);
        return new Node[] {dates, Forms.hint(messages.get("print.report.hint"))};
    }

    private static DatePicker datePicker(String id, String accessibleText, ObjectProperty<java.time.LocalDate> value,
                                         Messages messages) {
        DatePicker picker = Forms.datePicker(id, messages);
        picker.setAccessibleText(accessibleText);
        picker.setPrefWidth(160);
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    private static ListCell<Phase> phaseCell(Messages messages) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Phase item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get("print.sheet.phaseItem", item.number(), item.title()));
            }
        };
    }

    private static RadioButton radio(ToggleGroup group, String id, String text, Object value) {
        RadioButton button = new RadioButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        button.setUserData(value);
        return button;
    }

    /** Keeps a toggle group and a view-model property in step, both ways. */
    private static <T> void bind(ToggleGroup group, ObjectProperty<T> value) {
        Runnable fromModel = () -> group.getToggles().stream().filter(t -> t.getUserData() == value.get()).findFirst()
                .ifPresent(t -> t.setSelected(true));
        fromModel.run();
        value.addListener((obs, old, now) -> fromModel.run());
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                @SuppressWarnings("unchecked")
                T chosen = (T) now.getUserData();
                value.set(chosen);
            }
        });
    }

    private static void showWhen(Node node, PrintViewModel model, PrintViewModel.Kind kind) {
        node.visibleProperty().bind(model.kindProperty().isEqualTo(kind));
        node.managedProperty().bind(node.visibleProperty());
    }

    private static SaveDialog fileChooser(Messages messages) {
        return (owner, suggestedName) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("print.saveTitle"));
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("print.filter"), "*.pdf"));
            File file = chooser.showSaveDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }
}
