package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;
import org.backcoach.reminders.ManualWakeUpTimer;
import org.backcoach.reminders.TestClock;
import org.backcoach.session.Session;
import org.backcoach.settings.DataFolder;
import org.backcoach.ui.checkin.CheckInViewModel;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.UiTestSupport;
import org.backcoach.ui.reminders.RemindersViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log says what happened, never what the person entered. */
class AppLoggingTest {

    @TempDir
    Path dir;

    @Test
    void aCheckInAndAMovementBreakLeaveNoHealthDataInTheLog() throws Exception {
        Path logs = dir.resolve("logs");
        TestClock clock = new TestClock(LocalDate.of(2026, 3, 2).atTime(9, 0));
        try (AppLogging logging = AppLogging.toFolder(logs);
             Session session = Session.open(new DataFolder(dir), Optional.empty(), clock, "en")) {
            String redFlag = session.bundle().redFlags().get(0).id();
            CheckInViewModel checkIn = new CheckInViewModel(session.journal(), session.bundle(), Async.direct(),
                    UiTestSupport.english(), clock);
            checkIn.painNowProperty().set(7);
            checkIn.painWorstProperty().set(9);
            checkIn.spasmsProperty().set("13");
            checkIn.walkMinutesProperty().set("17");
            checkIn.areas().add("lower-back");
            checkIn.factors().add("long-sitting");
            checkIn.redFlags().add(redFlag);
            checkIn.noteProperty().set("Zebra-note: sciatica flared after the wedding");
            checkIn.save();
            checkIn.painWorstProperty().set(2);
            checkIn.save();
            assertThat(checkIn.errors()).as("the second save was refused").isNotEmpty();

            ManualWakeUpTimer timer = new ManualWakeUpTimer(clock);
            RemindersViewModel reminders = new RemindersViewModel(session.settings().reminders(),
                    session.bundle().movementBreak(), session.journal(), timer, () -> { }, Async.direct(),
                    UiTestSupport.english(), clock);
            reminders.start();
            timer.passTime(Duration.ofMinutes(45));
            reminders.imUp();
            Logger.getLogger("org.backcoach.test").info("end of the test's session");
            logging.flush();

            String log = Files.readString(AppLogging.currentFile(logs));
            assertThat(log).as("the log did record these events").contains("check-in saved")
                    .contains("reminder shown: movement break").contains("movement break recorded")
                    .contains("end of the test's session");
            assertThat(log).doesNotContain("Zebra", "sciatica", "wedding", "lower-back", "long-sitting", redFlag,
                    "pain 7");
        }
    }

    @Test
    void theLogRotatesInTheLogsFolder() throws Exception {
        Path logs = dir.resolve("logs");
        try (AppLogging logging = AppLogging.toFolder(logs)) {
            Logger.getLogger("org.backcoach.test").info("hello");
            logging.flush();
        }
        assertThat(AppLogging.currentFile(logs)).exists().content().contains("INFO test: hello");
        assertThat(AppLogging.MAX_BYTES).isEqualTo(1_000_000);
        assertThat(AppLogging.FILES).isEqualTo(5);
    }
}
