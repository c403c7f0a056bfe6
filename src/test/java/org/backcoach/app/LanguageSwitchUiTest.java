package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.CLOCK;
import static org.backcoach.journal.JournalFixtures.TODAY;
import static org.backcoach.ui.common.UiTestSupport.clickOn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backcoach.cli.CliRunner;
import org.backcoach.cli.LaunchOptions;
import org.backcoach.journal.SafetyReview;
import org.backcoach.print.PdfCheck;
import org.backcoach.session.Session;
import org.backcoach.settings.DataFolder;
import org.backcoach.settings.LanguageChoice;
import org.backcoach.settings.SettingsStore;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.shell.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window in two languages, wired as the desktop app wires it (DesktopLaunch opens the
 * data for the language in settings.json, LocalizedScreens builds the screens): switching to Deutsch
 * in Settings changes the words, the guidance and the printed sheet; a German computer starts in German.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchUiTest {

    @TempDir
    static Path root;
    private Stage stage;
    private Path dataDir;
    private Path pdf;
    private Session session;
    private LocalizedScreens screens;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dataDir = Files.createDirectories(root.resolve("d" + System.nanoTime()));
        pdf = dataDir.resolve("sheet.pdf");
        new CliRunner(dataDir).run("checkin", "--date", TODAY.minusDays(1).toString(), "--pain", "4",
                "--walk-min", "10");
    }

    /** Opens the window on a computer set to {@code system}, as the desktop app does. */
    private void open(FxRobot robot, Locale system) {
        robot.interact(() -> {
            DataFolder folder = new DataFolder(dataDir);
            session = DesktopLaunch.openSession(folder, new LaunchOptions(Optional.empty(), Optional.empty(), false),
                    CLOCK, system);
            try {
                session.journal().recordSafetyReview(SafetyReview.screening(TODAY.atTime(8, 0), Set.of()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            screens = new LocalizedScreens(session, Async.direct(), CLOCK, system,
                    DesktopServices.none().withPrintSaveDialog((owner, name) -> Optional.of(pdf)));
            LanguageChoice saved = new SettingsStore(folder.settingsFile()).load().language();
            stage.setScene(new Scene(screens.show(saved, Page.TODAY), 1200, 900));
            stage.show();
        });
    }

    @AfterEach
    void close() {
        if (screens != null) {
            screens.close();
        }
        if (session != null) {
            session.close();
        }
    }

    @Test
    void switchingToDeutschInSettingsChangesTheWordsTheGuidanceAndThePrintedSheet(FxRobot robot) throws Exception {
        open(robot, Locale.US);
        assertThat(text(robot, "#nav-today")).isEqualTo("_Today");
        assertThat(text(robot, "#today-phase")).isEqualTo("Calm the spasm");

        shortcut(robot, KeyCode.DIGIT6);
        assertThat(text(robot, "#settings-language-system")).isEqualTo("Same as this computer (English)");
        clickOn(robot, "#settings-language-de");
        robot.press(KeyCode.ALT).type(KeyCode.A).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();

        // The same window, now in German, still on Settings, saying so in German.
        assertThat(new SettingsStore(dataDir.resolve("settings.json")).load().language()).isEqualTo(LanguageChoice.GERMAN);
        assertThat(text(robot, "#nav-today")).isEqualTo("_Heute");
        assertThat(text(robot, "#nav-settings")).isEqualTo("_Einstellungen");
        assertThat(text(robot, "#nav-print")).isEqualTo("_Drucken");
        assertThat(text(robot, "#settings-language-status")).isEqualTo("BackCoach spricht jetzt Deutsch.");
        assertThat(robot.lookup("#settings-language-de").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#settings-language-de").query().isFocused()).as("the keyboard stays where it was")
                .isTrue();
        assertThat(text(robot, "#settings-language-system")).isEqualTo("Wie dieser Computer (English)");
        assertThat(session.journal().all()).as("the same journal, still open").isNotEmpty();

        // Today's guidance comes from the German bundle; dates are German.
        shortcut(robot, KeyCode.DIGIT1);
        assertThat(text(robot, "#today-phase")).isEqualTo("Den Krampf beruhigen");
        assertThat(text(robot, "#today-reason")).contains("weil").doesNotContain("because");
        assertThat(robot.lookup("#today-steps .label").queryAll().stream().map(n -> ((Label) n).getText()))
                .anyMatch(t -> t.startsWith("1. Langsamer werden — "));
        assertThat(robot.lookup(".page-title").queryAs(Label.class).getText()).isEqualTo("Heute, Samstag, 21. November 2026");
        assertThat(text(robot, "#today-last")).startsWith("Letzter Check-in, Freitag, 20. November 2026: Schmerz 4/10");

        // The Print screen prints a German sheet.
        shortcut(robot, KeyCode.P);
        clickOn(robot, "#print-source-picked");
        clickOn(robot, "#print-exercise-dead-bug");
        clickOn(robot, "#print-exercise-glute-bridge");
        assertThat(text(robot, "#print-exercise-dead-bug")).isEqualTo("Toter Käfer");
        clickOn(robot, "#print-save");
        assertThat(text(robot, "#print-status")).startsWith("2 Seiten gespeichert unter");
        try (PdfCheck check = PdfCheck.of(pdf)) {
            assertThat(check.text()).contains("Meine Übungen").contains("Toter Käfer").contains("Schulterbrücke")
                    .contains("Dosis: 2 × 6–10 Wiederholungen, je Seite").contains("Schritte").contains("Achten Sie darauf")
                    .contains("Brechen Sie die Übungen ab und holen Sie ärztliche Hilfe, wenn:")
                    .contains("Seite 1 von 2").contains("Seite 2 von 2").contains("21.11.2026")
                    .doesNotContain("Dose:").doesNotContain("My exercises").doesNotContain("Page 1");
        }
    }

    @Test
    void aGermanComputerFollowedByTheSystemChoiceStartsInGermanWithA4Paper(FxRobot robot) {
        open(robot, Locale.GERMANY);
        assertThat(session.bundle().locale()).isEqualTo("de");
        assertThat(text(robot, "#nav-today")).isEqualTo("_Heute");
        assertThat(text(robot, "#nav-progress")).isEqualTo("_Verlauf");
        assertThat(text(robot, "#today-phase")).isEqualTo("Den Krampf beruhigen");
        assertThat(text(robot, "#today-goal")).startsWith("Gehen Sie heute 5–10 Minuten");
        shortcut(robot, KeyCode.P);
        assertThat(robot.lookup("#print-paper-a4").queryAs(RadioButton.class).isSelected()).isTrue();

        // And back to English by choice, from the keyboard: the radio, then the button's mnemonic.
        shortcut(robot, KeyCode.DIGIT6);
        assertThat(text(robot, "#settings-language-system")).isEqualTo("Wie dieser Computer (Deutsch)");
        clickOn(robot, "#settings-language-en");
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#nav-today")).isEqualTo("_Today");
        assertThat(text(robot, "#settings-language-status")).isEqualTo("BackCoach now speaks English.");
        assertThat(session.bundle().locale()).isEqualTo("en");
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return ((Labeled) node).getText();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }
}
