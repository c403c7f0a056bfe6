package org.backcoach.ui.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backcoach.content.Bundle;
import org.backcoach.content.BundleFixtures;
import org.backcoach.content.RedFlag;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.journal.SafetyReview;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The safety questions answered with the keyboard alone. */
@ExtendWith(ApplicationExtension.class)
class ScreeningUiTest {

    private static final Bundle BUNDLE = BundleFixtures.builtIn();

    @TempDir
    static Path dir;
    private Journal journal;
    private final List<List<RedFlag>> saved = new ArrayList<>();

    @Start
    void start(Stage stage) {
        journal = JournalFixtures.open(dir.resolve("t" + System.nanoTime()));
        ScreeningViewModel model = new ScreeningViewModel(journal, BUNDLE, Async.direct(), UiTestSupport.english(),
                JournalFixtures.CLOCK);
        model.setOnSaved(saved::add);
        model.load();
        stage.setScene(new Scene(new ScreeningView(model, UiTestSupport.english()), 1100, 900));
        stage.show();
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void keyboardOnlyScreeningIsSavedWithTodaysCheckIn(FxRobot robot) {
        robot.interact(() -> robot.lookup("#screening-pain-0").query().requestFocus());
        robot.type(KeyCode.DIGIT6);
        robot.interact(() -> robot.lookup("#screening-" + BUNDLE.redFlags().get(0).id() + "-yes").query().requestFocus());
        for (RedFlag flag : BUNDLE.redFlags()) {
            boolean yes = flag.id().equals("night-pain");
            if (yes) {
                // Once a pair is answered, Tab skips its other button (as with radio buttons).
                robot.type(KeyCode.SPACE).type(KeyCode.TAB);
            } else {
                robot.type(KeyCode.TAB).type(KeyCode.SPACE).type(KeyCode.TAB);
            }
        }
        assertThat(robot.lookup("#screening-save").query().isFocused())
                .as("focus on %s", robot.lookup("#screening-save").query().getScene().getFocusOwner()).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0)).extracting(RedFlag::id).containsExactly("night-pain");
        var checkIn = journal.find(TODAY).orElseThrow();
        assertThat(checkIn.painNow()).isEqualTo(6);
        assertThat(checkIn.redFlags()).containsExactly("night-pain");
        assertThat(journal.safetyReviews()).extracting(SafetyReview::kind).containsExactly(SafetyReview.Kind.SCREENING);
    }

    @Test
    void saveWaitsForEveryAnswer(FxRobot robot) {
        assertThat(robot.lookup("#screening-save").query().isDisabled()).isTrue();
        robot.clickOn("#screening-pain-2");
        assertThat(robot.lookup("#screening-save").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#screening-night-pain-yes").query().getAccessibleText())
                .isEqualTo("Yes: Does your pain get worse at night, or wake you from sleep?");
    }
}
