package org.backcoach.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalBackups;
import org.backcoach.journal.JournalContents;
import org.backcoach.journal.JournalExport;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Settings → Backups and your data, clicked as a person would (file choosers are the one part left to the model). */
@ExtendWith(ApplicationExtension.class)
class DataSectionUiTest {

    @TempDir
    static Path root;
    private Path dir;
    private Journal journal;
    private DataViewModel model;

    @Start
    void start(Stage stage) {
        dir = root.resolve("d" + System.nanoTime());
        journal = JournalFixtures.open(dir);
        model = new DataViewModel(journal, new JournalBackups(dir.resolve("backups"), JournalFixtures.CLOCK),
                Async.direct(), UiTestSupport.english(), JournalFixtures.CLOCK);
        stage.setScene(new Scene(new ScrollPane(new DataSection(model, UiTestSupport.english())), 900, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void backUpNowSaysWhereTheBackupWent(FxRobot robot) {
        assertThat(text(robot, "#data-backup-info")).isEqualTo("No backups yet.");
        robot.clickOn("#data-backup");
        assertThat(text(robot, "#data-status")).isEqualTo("Backed up your journal as journal-2026-11-21-103000.db.");
        assertThat(text(robot, "#data-backup-info")).startsWith("1 of at most 14 backups kept");
        assertThat(dir.resolve("backups").resolve("journal-2026-11-21-103000.db")).exists();
    }

    @Test
    void anImportIsShownFirstAndAppliedOnlyWhenThePersonAgrees(FxRobot robot) throws Exception {
        Path export = dir.resolve("export.json");
        new JournalExport(JournalFixtures.CLOCK).writeJson(JournalContents.of(List.of(CheckIn.on(TODAY.minusDays(3), 5).build(),
                CheckIn.on(TODAY.minusDays(2), 4).build()), List.of()), export);
        robot.interact(() -> model.previewImport(export));
        assertThat(robot.lookup("#data-import-preview").queryAs(TextArea.class).getText())
                .contains("• Add 2 new check-ins, Nov 18, 2026 to Nov 19, 2026");
        robot.clickOn("#data-import-cancel");
        assertThat(journal.all()).isEmpty();
        assertThat(robot.lookup("#data-import-apply").query().getParent().isVisible()).as("apply and cancel are hidden").isFalse();

        robot.interact(() -> model.previewImport(export));
        robot.clickOn("#data-import-apply");
        assertThat(journal.all()).hasSize(2);
        assertThat(text(robot, "#data-status")).startsWith("Imported 2 new and 0 changed check-ins");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
