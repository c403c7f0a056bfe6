package org.backcoach.ui.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.ui.common.UiTestSupport.clickOn;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.print.PdfCheck;
import org.backcoach.print.PdfPrinter;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Print screen driven as a person would: choose, save (the save dialog answers with a temp
 * file), print (a recording printer stands in for the OS), and watch the progress indicator.
 */
@ExtendWith(ApplicationExtension.class)
class PrintUiTest {

    @TempDir
    static Path dir;
    private Path folder;
    private Journal journal;
    private PrintTestSupport.RecordingPrinter printer;
    private PrintTestSupport.QueuedExecutor background;
    private Path chosenFile;

    @Start
    void start(Stage stage) throws Exception {
        folder = java.nio.file.Files.createDirectories(dir.resolve("t" + System.nanoTime()));
        journal = JournalFixtures.open(folder);
        printer = new PrintTestSupport.RecordingPrinter();
        background = new PrintTestSupport.QueuedExecutor();
        Async async = new Async(background, Runnable::run);
        PrintViewModel model = new PrintViewModel(PrintTestSupport.printouts(journal, folder), printer, async, async,
                UiTestSupport.english());
        model.load();
        background.runAll();
        chosenFile = folder.resolve("chosen.pdf");
        PrintView view = new PrintView(model, UiTestSupport.english(), (owner, suggested) -> Optional.of(chosenFile));
        stage.setScene(new Scene(view, 1100, 900));
        stage.show();
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void pickExercisesSaveAndSeeProgressWhileThePdfIsBuilt(FxRobot robot) {
        clickOn(robot, "#print-source-picked");
        clickOn(robot, "#print-exercise-plank");
        clickOn(robot, "#print-exercise-bird-dog");
        ProgressIndicator progress = robot.lookup("#print-progress").queryAs(ProgressIndicator.class);
        assertThat(progress.isVisible()).isFalse();
        clickOn(robot, "#print-save");
        assertThat(progress.isVisible()).as("progress shows while the PDF is built").isTrue();
        assertThat(text(robot, "#print-status")).isEqualTo("Preparing the PDF…");
        assertThat(robot.lookup("#print-save").query().isDisabled()).isTrue();
        robot.interact(background::runAll);
        assertThat(progress.isVisible()).isFalse();
        assertThat(text(robot, "#print-status")).startsWith("Saved one page to").contains("chosen.pdf");
        try (PdfCheck pdf = PdfCheck.of(chosenFile)) {
            assertThat(pdf.text()).contains("Bird-dog").contains("Plank").doesNotContain("Cat-cow");
        }
    }

    @Test
    void nothingPickedDisablesSavingAndSaysWhy(FxRobot robot) {
        clickOn(robot, "#print-source-picked");
        assertThat(text(robot, "#print-problem")).isEqualTo("Pick at least one exercise.");
        assertThat(robot.lookup("#print-save").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#print-print").query().isDisabled()).isTrue();
    }

    @Test
    void theReportShowsItsDatesAndHidesTheSheetOptions(FxRobot robot) {
        assertThat(shown(robot, "#print-from")).isFalse();
        clickOn(robot, "#print-kind-report");
        assertThat(shown(robot, "#print-from")).isTrue();
        assertThat(shown(robot, "#print-phase")).isFalse();
        clickOn(robot, "#print-save");
        robot.interact(background::runAll);
        try (PdfCheck pdf = PdfCheck.of(chosenFile)) {
            assertThat(pdf.text()).contains("Self-care report for your clinician").contains("(30 days)");
        }
    }

    @Test
    void printWithoutAPrinterSaysSoPlainly(FxRobot robot) {
        printer.answer = PdfPrinter.Outcome.NO_PRINTER;
        clickOn(robot, "#print-kind-flare");
        clickOn(robot, "#print-print");
        robot.interact(background::runAll);
        assertThat(printer.printed).hasSize(1);
        assertThat(text(robot, "#print-status")).contains("No printer is set up on this computer");
    }

    @Test
    void keyboardOnly(FxRobot robot) {
        robot.interact(() -> robot.lookup("#print-kind-sheet").query().requestFocus());
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT).type(KeyCode.SPACE);
        assertThat(robot.lookup("#print-kind-flare").query().isFocused()).isTrue();
        robot.press(KeyCode.ALT).type(KeyCode.D).release(KeyCode.ALT);
        robot.interact(background::runAll);
        try (PdfCheck pdf = PdfCheck.of(chosenFile)) {
            assertThat(pdf.text()).contains("My flare-up plan");
        }
    }

    @Test
    void everyControlHasAccessibleText(FxRobot robot) {
        // The screen's own controls all have ids starting with "print-" (inner parts of a skin do not).
        var controls = robot.lookup(n -> n instanceof Control && !(n instanceof Label) && n.getId() != null
                && n.getId().startsWith("print-")).queryAll();
        assertThat(controls).hasSizeGreaterThan(20);
        for (Node node : controls) {
            Control control = (Control) node;
            String text = control.getAccessibleText() != null ? control.getAccessibleText()
                    : control instanceof Labeled labeled ? labeled.getText() : null;
            assertThat(text).as(control.toString()).isNotBlank();
        }
    }

    /** Visible on screen: the node and every parent (a hidden section hides what it holds). */
    private static boolean shown(FxRobot robot, String query) {
        for (Node n = robot.lookup(query).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
