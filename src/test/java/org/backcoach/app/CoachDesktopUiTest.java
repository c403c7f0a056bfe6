package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;
import static org.backcoach.ui.common.UiTestSupport.clickOn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backcoach.cli.CliRunner;
import org.backcoach.coach.MutableClock;
import org.backcoach.journal.CheckIn;
import org.backcoach.session.Session;
import org.backcoach.settings.DataFolder;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.UiTestSupport;
import org.backcoach.ui.shell.Flow;
import org.backcoach.ui.shell.Modal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The coach in the whole window: first-start screening, the red-flag stop, "Spasm now", the player. */
@ExtendWith(ApplicationExtension.class)
class CoachDesktopUiTest {

    @TempDir
    static Path root;
    private Path dataDir;
    private Session session;
    private AppContext context;
    private Stage stage;
    private final MutableClock clock = new MutableClock(TODAY.atTime(10, 30));

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dataDir = Files.createDirectories(root.resolve("d" + System.nanoTime()));
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            session = Session.open(new DataFolder(dataDir), Optional.empty(), clock, "en");
            context = new AppContext(session, Async.direct(), UiTestSupport.english(), clock, DesktopServices.none());
            stage.setScene(new Scene(context.mainView(), 1200, 900));
            stage.show();
        });
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void firstStartAsksTheSafetyQuestionsThenOffersThePlan(FxRobot robot) {
        open(robot);
        assertThat(context.mainViewModel().flowProperty().get()).isEqualTo(Flow.SCREENING);
        clickOn(robot, "#screening-pain-5");
        for (var flag : session.bundle().redFlags()) {
            clickOn(robot, "#screening-" + flag.id() + "-no");
        }
        clickOn(robot, "#screening-save");
        assertThat(context.mainViewModel().flowProperty().get()).isNull();
        assertThat(text(robot, "#today-phase")).isEqualTo("Calm the spasm");
        assertThat(text(robot, "#today-checkin-status")).contains("Done");
        assertThat(visible(robot, "#today-screening")).isFalse();
        clickOn(robot, "#today-start");
        assertThat(context.mainViewModel().flowProperty().get()).isEqualTo(Flow.PLAYER);
        assertThat(text(robot, "#player-title")).isEqualTo("Child's pose");
        shortcut(robot, KeyCode.DIGIT3);
        assertThat(context.mainViewModel().flowProperty().get()).as("navigating leaves the player").isNull();
        assertThat(robot.lookup("#player").tryQuery()).isEmpty();
        assertThat(session.journal().safetyReviews()).hasSize(1);
    }

    @Test
    void aRedFlagStopsThePlanUntilCareIsConfirmed(FxRobot robot) throws Exception {
        new CliRunner(dataDir, clock).run("checkin", "--date", TODAY.minusDays(1).toString(), "--pain", "4");
        open(robot);
        shortcut(robot, KeyCode.DIGIT2);
        clickOn(robot, "#pain-now-5");
        clickOn(robot, "#redflag-bladder-bowel-control");
        clickOn(robot, "#checkin-save");

        assertThat(context.mainViewModel().modalProperty().get()).isEqualTo(Modal.RED_FLAG_ALERT);
        Node alert = robot.lookup("#redflag-alert").query();
        assertThat(alert.lookup(".seek-care-card").getAccessibleText()).contains("Please get medical help now")
                .contains("bladder or bowels");
        StartFocus.given(context.mainViewModel());
        assertThat(robot.lookup("#redflag-acknowledge").query().isFocused()).as("the focus goes into the card").isTrue();
        shortcut(robot, KeyCode.DIGIT1);
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#nav-progress");
        assertThat(context.mainViewModel().modalProperty().get()).as("the card must be acknowledged first")
                .isEqualTo(Modal.RED_FLAG_ALERT);
        assertThat(context.mainViewModel().pageProperty().get()).as("the window behind is out of reach")
                .isEqualTo(org.backcoach.ui.shell.Page.CHECK_IN);
        robot.type(KeyCode.ENTER);
        assertThat(context.mainViewModel().modalProperty().get()).isNull();

        shortcut(robot, KeyCode.DIGIT1);
        assertThat(visible(robot, "#today-seek-care")).isTrue();
        assertThat(visible(robot, "#today-start")).isFalse();
        assertThat(visible(robot, "#today-goal")).as("the movement goal is part of the plan").isFalse();
        assertThat(text(robot, "#today-reason")).startsWith("Exercises are on hold");
        assertThat(new CliRunner(dataDir, clock).run("today", "--json").out()).contains("\"redFlagStop\" : true");
        robot.interact(() -> context.navigator().startExercises(java.util.List.of(org.backcoach.coach.PlannedExercise.asPrescribed(
                session.bundle().exercise("cat-cow").orElseThrow()))));
        assertThat(context.mainViewModel().flowProperty().get()).as("the player is withheld too").isNull();

        clickOn(robot, "#today-sought-care");
        assertThat(visible(robot, "#today-seek-care")).isFalse();
        assertThat(visible(robot, "#today-start")).isTrue();
        assertThat(new CliRunner(dataDir, clock).run("today", "--json").out()).contains("\"redFlagStop\" : false");
    }

    @Test
    void spasmNowFromAnyScreenStepByStepAndLogged(FxRobot robot) throws Exception {
        new CliRunner(dataDir, clock).run("checkin", "--pain", "3", "--factors", "heat");
        open(robot);
        shortcut(robot, KeyCode.DIGIT5);
        shortcut(robot, KeyCode.N);
        assertThat(context.mainViewModel().modalProperty().get()).isEqualTo(Modal.SPASM);
        assertThat(text(robot, "#spasm-step-title")).isEqualTo("Breathe slowly");
        assertThat(text(robot, "#spasm-breathing")).isEqualTo("Breathe in… 4");
        robot.interact(() -> clock.advanceSeconds(5));
        // Opened right after a page switch, the modal still takes the focus, on Next.
        StartFocus.given(context.mainViewModel());
        assertThat(robot.lookup("#spasm-next").query().isFocused()).isTrue();
        tickSpasm(robot);
        assertThat(text(robot, "#spasm-breathing")).isEqualTo("Breathe out slowly… 5");
        assertThat(text(robot, "#spasm-timer-text")).isEqualTo("0:55");
        robot.type(KeyCode.ENTER);
        assertThat(text(robot, "#spasm-step-title")).isEqualTo("Get down or out of bed safely");
        assertThat(visible(robot, "#spasm-timer")).isFalse();
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);
        assertThat(text(robot, "#spasm-step-title")).isEqualTo("Tiny movements, then a few steps");
        assertThat(text(robot, "#spasm-timer-text")).isEqualTo("2:00");
        robot.type(KeyCode.ENTER);
        assertThat(text(robot, "#spasm-step-title")).isEqualTo("When you are ready");
        clickOn(robot, "#spasm-area-lower-back");
        clickOn(robot, "#spasm-pain-6");
        clickOn(robot, "#spasm-log");
        assertThat(text(robot, "#spasm-status")).isEqualTo("Noted. Today’s check-in now shows 1 spasm.");
        CheckIn today = session.journal().find(TODAY).orElseThrow();
        assertThat(today.spasms()).isEqualTo(1);
        assertThat(today.areas()).containsExactly("lower-back");
        assertThat(today.factors()).containsExactly("heat");
        assertThat(today.painNow()).isEqualTo(6);
        clickOn(robot, "#spasm-next");
        assertThat(context.mainViewModel().modalProperty().get()).isNull();

        shortcut(robot, KeyCode.N);
        robot.type(KeyCode.ESCAPE);
        assertThat(context.mainViewModel().modalProperty().get()).as("Escape closes it").isNull();
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        assertThat(context.mainViewModel().modalProperty().get()).as("Alt+N, the button's mnemonic").isEqualTo(Modal.SPASM);
        assertThat(robot.lookup("#spasm-now").query().getAccessibleHelp()).contains("Ctrl+N");
    }

    @Test
    void aMicroRoutineStartsThePlayerWithAboutTwoMinutes(FxRobot robot) {
        new CliRunner(dataDir, clock).run("checkin", "--pain", "3");
        open(robot);
        robot.interact(() -> session.journal().recordSafetyReview(
                org.backcoach.journal.SafetyReview.screening(TODAY.atTime(9, 0), java.util.Set.of())));
        robot.interact(() -> context.navigator().startMicroRoutine());
        assertThat(context.mainViewModel().flowProperty().get()).isEqualTo(Flow.PLAYER);
        assertThat(text(robot, "#player-dose")).startsWith("Today: hold 20–30 s");
        assertThat(robot.lookup(".hint").queryAllAs(Label.class)).anySatisfy(l -> assertThat(l.getText()).startsWith("Exercise 1 of"));
    }

    private void tickSpasm(FxRobot robot) {
        // The flow's timeline ticks by real time; the test clock moved, so one tick is enough.
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#spasm-timer").query()).fire());
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#spasm-timer").query()).fire());
    }

    private static boolean visible(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }
}
