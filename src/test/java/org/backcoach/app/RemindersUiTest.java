package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.ui.common.UiTestSupport.clickOn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backcoach.journal.SafetyReview;
import org.backcoach.reminders.ManualWakeUpTimer;
import org.backcoach.reminders.TestClock;
import org.backcoach.session.Session;
import org.backcoach.settings.DataFolder;
import org.backcoach.settings.ReminderSettings;
import org.backcoach.settings.Settings;
import org.backcoach.settings.SettingsStore;
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
 * Reminders in the whole window, wired as the app wires them, on a hand-moved clock: they appear
 * on screen, their answers work by mouse and keyboard, and Settings changes them at once.
 */
@ExtendWith(ApplicationExtension.class)
class RemindersUiTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TempDir
    static Path root;
    private Path dataDir;
    private Stage stage;
    private Session session;
    private AppContext context;
    private final TestClock clock = new TestClock(DAY.atTime(9, 0));
    private final ManualWakeUpTimer timer = new ManualWakeUpTimer(clock);
    private int chimes;
    private int attention;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dataDir = Files.createDirectories(root.resolve("d" + System.nanoTime()));
    }

    private void open(ReminderSettings reminders, FxRobot robot) throws Exception {
        new SettingsStore(new DataFolder(dataDir).settingsFile()).save(Settings.defaults().withReminders(reminders));
        robot.interact(() -> {
            session = Session.open(new DataFolder(dataDir), Optional.empty(), clock, "en");
            context = new AppContext(session, Async.direct(), UiTestSupport.english(), clock,
                    DesktopServices.none().withReminders(new ReminderServices(timer, () -> chimes++)));
            context.reminders().setOnAttention(() -> attention++);
            stage.setScene(new Scene(context.root(), 1200, 900));
            stage.show();
        });
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
        if (session != null) {
            session.close();
        }
    }

    private void passTime(FxRobot robot, Duration duration) {
        robot.interact(() -> timer.passTime(duration));
    }

    /** Shown on screen: the node and every parent up to the scene are visible. */
    private static boolean visible(FxRobot robot, String query) {
        Optional<Node> found = robot.lookup(query).tryQuery();
        for (Node node = found.orElse(null); node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return found.isPresent();
    }

    @Test
    void aMovementBreakAppearsOnScreenAndImUpCountsItInTodaysCheckIn(FxRobot robot) throws Exception {
        open(ReminderSettings.defaults().withCheckInReminder(false), robot);
        session.journal().recordSafetyReview(SafetyReview.screening(LocalDateTime.now(clock), Set.of()));
        passTime(robot, Duration.ofMinutes(44));
        assertThat(visible(robot, "#reminder-card")).isFalse();
        passTime(robot, Duration.ofMinutes(1));
        assertThat(visible(robot, "#reminder-card")).isTrue();
        assertThat(robot.lookup("#reminder-title").queryAs(Label.class).getText()).isEqualTo("Time for a movement break");
        assertThat(robot.lookup("#reminder-text").queryAs(Label.class).getText()).contains("about 45 minutes");
        assertThat(visible(robot, "#reminder-snooze")).isTrue();
        assertThat(visible(robot, "#reminder-pause")).isTrue();
        assertThat(chimes).isEqualTo(1);
        assertThat(attention).isEqualTo(1);

        clickOn(robot, "#reminder-im-up");
        assertThat(visible(robot, "#reminder-card")).isFalse();
        assertThat(robot.lookup("#player-title").tryQuery()).as("\"I'm up\" starts the two-minute routine").isPresent();
        assertThat(session.journal().movementBreaksLogged(DAY)).isEqualTo(1);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#checkin-breaks").queryAs(TextField.class).getText()).isEqualTo("1");
    }

    @Test
    void theReminderTakesTheKeyboardAndEscapeSnoozesIt(FxRobot robot) throws Exception {
        open(ReminderSettings.defaults().withCheckInReminder(false), robot);
        passTime(robot, Duration.ofMinutes(45));
        robot.interact(() -> { });
        assertThat(robot.lookup("#reminder-im-up").query().isFocused()).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(visible(robot, "#reminder-card")).isFalse();
        assertThat(timer.pending()).isEqualTo(DAY.atTime(9, 55).atZone(clock.getZone()).toInstant());
        passTime(robot, Duration.ofMinutes(10));
        assertThat(visible(robot, "#reminder-card")).isTrue();
        robot.interact(() -> { });
        robot.type(KeyCode.SPACE);
        assertThat(session.journal().movementBreaksLogged(DAY)).as("Space answers \"I'm up\"").isEqualTo(1);
    }

    @Test
    void theDailyCheckInReminderOpensTheCheckIn(FxRobot robot) throws Exception {
        open(ReminderSettings.defaults().withMovementBreaks(false).withCheckInTime(LocalTime.of(18, 30)), robot);
        robot.interact(() -> timer.passTimeUntil(DAY.atTime(18, 29).atZone(clock.getZone()).toInstant()));
        assertThat(visible(robot, "#reminder-card")).isFalse();
        passTime(robot, Duration.ofMinutes(1));
        assertThat(visible(robot, "#reminder-card")).isTrue();
        assertThat(robot.lookup("#reminder-title").queryAs(Label.class).getText()).isEqualTo("Time for today’s check-in");
        assertThat(visible(robot, "#reminder-im-up")).isFalse();
        clickOn(robot, "#reminder-check-in");
        assertThat(visible(robot, "#reminder-card")).isFalse();
        assertThat(robot.lookup("#checkin-save").tryQuery()).isPresent();
    }

    @Test
    void settingsChangeTheSittingTimeAndSwitchRemindersOff(FxRobot robot) throws Exception {
        open(ReminderSettings.defaults().withCheckInReminder(false), robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT6).release(KeyCode.CONTROL);
        clickOn(robot, "#settings-movement-minutes");
        robot.type(KeyCode.UP);
        assertThat(timer.pending()).isEqualTo(DAY.atTime(9, 50).atZone(clock.getZone()).toInstant());
        assertThat(new SettingsStore(new DataFolder(dataDir).settingsFile()).load().reminders().movementBreakMinutes())
                .hasValue(50);
        passTime(robot, Duration.ofMinutes(50));
        assertThat(visible(robot, "#reminder-card")).isTrue();
        clickOn(robot, "#settings-movement-breaks");
        assertThat(visible(robot, "#reminder-card")).as("switched off: the reminder goes away").isFalse();
        assertThat(timer.pending()).isNull();
    }
}
