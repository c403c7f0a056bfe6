package org.backcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;
import static org.backcoach.ui.common.UiTestSupport.clickOn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.backcoach.insights.InsightFixtures;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.session.Session;
import org.backcoach.settings.DataFolder;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Progress screen in the wired window, driven the way a person would. */
@ExtendWith(ApplicationExtension.class)
class ProgressUiTest {

    /** In the month fixture, the day after a long-sitting day: pain 6. */
    private static final LocalDate EDITED_DAY = TODAY.minusDays(2);

    @TempDir
    static Path root;
    private Session session;

    @Start
    void start(Stage stage) throws Exception {
        Path dataDir = Files.createDirectories(root.resolve("d" + System.nanoTime()));
        try (Journal journal = JournalFixtures.open(dataDir)) {
            InsightFixtures.save(journal, InsightFixtures.monthWithLongSitting());
        }
        session = Session.open(new DataFolder(dataDir), Optional.empty(), JournalFixtures.CLOCK, "en");
        AppContext context = new AppContext(session, Async.direct(), UiTestSupport.english(), JournalFixtures.CLOCK,
                DesktopServices.none());
        stage.setScene(new Scene(context.mainView(), 1200, 900));
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void openAPastDayEditItAndSeeTheChartUpdate(FxRobot robot) {
        shortcut(robot, KeyCode.DIGIT3);
        assertThat(painNowOn(robot, EDITED_DAY)).isEqualTo(6.0);

        robot.clickOn("History");
        robot.clickOn(cellWithText(robot, "Nov 19, 2026"));
        assertThat(text(robot, "#history-details")).contains("Nov 19, 2026").contains("Pain now 6/10");
        robot.clickOn("#history-edit");

        assertThat(robot.lookup("#checkin-date").queryAs(DatePicker.class).getValue()).isEqualTo(EDITED_DAY);
        assertThat(text(robot, "#checkin-status")).contains("Showing the check-in saved for Nov 19, 2026");
        clickOn(robot, "#pain-now-9");
        clickOn(robot, "#pain-worst-10");
        clickOn(robot, "#checkin-save");
        assertThat(text(robot, "#checkin-status")).startsWith("Saved the check-in for Nov 19, 2026");

        shortcut(robot, KeyCode.DIGIT3);
        robot.clickOn("Overview");
        assertThat(painNowOn(robot, EDITED_DAY)).isEqualTo(9.0);
        assertThat(robot.lookup("#history-table").queryAs(TableView.class).getItems()).hasSize(30);
    }

    @Test
    void theInsightsTabShowsLongSittingTiedToHigherNextDayPain(FxRobot robot) {
        shortcut(robot, KeyCode.DIGIT3);
        robot.clickOn("Insights");
        List<String> sentences = robot.lookup("#progress-insights").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertThat(sentences.get(0)).isEqualTo(
                "On days after “Sat for long spells”, your pain was 3.0 points higher on average (6 days vs 23 days).");
        assertThat(text(robot, "#progress-insights-note")).contains("not proof of cause");
    }

    @Test
    void deleteFromTheKeyboardThenUndoWithControlZ(FxRobot robot) {
        shortcut(robot, KeyCode.DIGIT3);
        robot.clickOn("History");
        robot.clickOn(cellWithText(robot, "Nov 21, 2026"));
        robot.type(KeyCode.DELETE);
        assertThat(robot.lookup("#history-table").queryAs(TableView.class).getItems()).hasSize(29);
        assertThat(text(robot, "#history-status")).contains("Moved the check-in for Nov 21, 2026 to the trash");
        assertThat(text(robot, "#history-undo-text")).isEqualTo("Last change: deleting the check-in for Nov 21, 2026.");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#history-table").queryAs(TableView.class).getItems()).hasSize(30);
        assertThat(text(robot, "#history-status")).isEqualTo("Undone: deleting the check-in for Nov 21, 2026.");
    }

    @Test
    void theSpanButtonsChangeTheCharts(FxRobot robot) {
        shortcut(robot, KeyCode.DIGIT3);
        LineChart<?, ?> pain = robot.lookup("#chart-pain").queryAs(LineChart.class);
        assertThat(pointsOf(pain, "pain-now")).isEqualTo(30);
        robot.clickOn("#range-two-weeks");
        assertThat(pointsOf(pain, "pain-now")).isEqualTo(14);
        assertThat(text(robot, "#progress-chart-note")).contains("One point per day");
        robot.clickOn("#range-all");
        assertThat(pointsOf(pain, "pain-now")).isEqualTo(30);
    }

    private static double painNowOn(FxRobot robot, LocalDate day) {
        LineChart<?, ?> chart = robot.lookup("#chart-pain").queryAs(LineChart.class);
        return chart.getData().stream().filter(s -> s.getName().equals("pain-now"))
                .flatMap(s -> s.getData().stream())
                .filter(d -> ((Number) d.getXValue()).longValue() == day.toEpochDay())
                .mapToDouble(d -> ((Number) d.getYValue()).doubleValue()).findFirst().orElseThrow();
    }

    private static long pointsOf(LineChart<?, ?> chart, String key) {
        return chart.getData().stream().filter(s -> s.getName().equals(key))
                .mapToLong(s -> ((XYChart.Series<?, ?>) s).getData().size()).sum();
    }

    private static Node cellWithText(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof TableCell<?, ?> cell && text.equals(cell.getText())).query();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }
}
