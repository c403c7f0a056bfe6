package org.backcoach.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backcoach.content.BundleFixtures;
import org.backcoach.insights.ChartRange;
import org.backcoach.insights.ChartSeries;
import org.backcoach.insights.InsightFixtures;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.ExerciseLogEntry;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Progress screen's state and commands, without a running FX toolkit. */
class ProgressViewModelTest {

    @TempDir
    Path dir;
    private Journal journal;
    private ProgressViewModel model;

    @BeforeEach
    void open() {
        journal = JournalFixtures.open(dir);
        model = new ProgressViewModel(journal, BundleFixtures.builtIn(), Async.direct(), UiTestSupport.english());
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void aMonthWithLongSittingShowsTheNextDayInsightFirstWithCarefulWording() {
        InsightFixtures.save(journal, InsightFixtures.monthWithLongSitting());
        model.refresh();
        assertThat(model.insights().get(0)).isEqualTo(
                "On days after “Sat for long spells”, your pain was 3.0 points higher on average (6 days vs 23 days).");
        assertThat(model.insights().get(1)).startsWith("On days with “Sat for long spells”, your pain was 0.8 points lower");
        assertThat(model.insightsNoteProperty().get()).contains("not proof of cause");
        assertThat(model.courseHeadlineProperty().get())
                .isEqualTo("Day 30 of this episode, which began on Oct 23, 2026 (your first check-in of this episode).");
    }

    @Test
    void chartsShowTheChosenSpanWithGapsForMissingDays() throws Exception {
        for (int d = 0; d < 10; d++) {
            if (d != 4 && d != 5) {
                journal.save(CheckIn.on(TODAY.minusDays(d), 3 + d % 3).painWorst(6).walkMinutes(10 + d).build());
            }
        }
        journal.logExercise(new ExerciseLogEntry("cat-cow", TODAY.atTime(9, 0), 1, 10, null, 2));
        model.rangeProperty().set(ChartRange.TWO_WEEKS);
        assertThat(model.painLines()).extracting(ChartSeries::id).containsExactly("pain-now", "pain-worst", "pain-average");
        assertThat(line(model.painLines(), "pain-now").segments()).hasSize(2);
        assertThat(line(model.painLines(), "pain-now").pointCount()).isEqualTo(8);
        List<ChartSeries.Point> points = line(model.painLines(), "pain-now").points();
        assertThat(points.get(points.size() - 1)).isEqualTo(new ChartSeries.Point(TODAY, 3.0));
        assertThat(model.axisFromProperty().get()).isEqualTo(TODAY.minusDays(13).toEpochDay() - 0.5);
        assertThat(model.chartNoteProperty().get()).contains("gaps, not zeros");
        assertThat(line(model.exerciseLines(), "exercise-pain").segments()).singleElement()
                .satisfies(segment -> assertThat(segment).hasSize(1));
        assertThat(model.painSummaryProperty().get()).contains("Pain now: latest 3");
        assertThat(model.dayLabel(TODAY.toEpochDay())).isEqualTo("11/21/26");

        model.rangeProperty().set(ChartRange.ALL);
        assertThat(model.axisFromProperty().get()).isEqualTo(TODAY.minusDays(9).toEpochDay() - 0.5);
    }

    @Test
    void painThatHasNotEasedBringsTheBundlesNudgeWithItsSource() throws Exception {
        for (int d = 30; d >= 0; d--) {
            journal.save(CheckIn.on(TODAY.minusDays(d), 6).build());
        }
        model.refresh();
        assertThat(model.nudges()).singleElement().satisfies(nudge -> {
            assertThat(nudge.title()).isEqualTo(BundleFixtures.builtIn().progress().notImproving().title());
            assertThat(nudge.source()).contains("002_892cfdf5fee06ad3.txt");
        });
        assertThat(model.painComparisonProperty().get()).isEqualTo(
                "Pain now 6.0/10, at the start 6.0/10: about the same. Each is the mean of up to 3 check-ins.");
    }

    @Test
    void thePersonCanSetTheStartOfTheEpisodeAndGoBackToTheFirstCheckIn() throws Exception {
        journal.save(CheckIn.on(TODAY.minusDays(3), 7).build());
        journal.save(CheckIn.on(TODAY, 4).milestones(Set.of("walked-10-min")).build());
        model.refresh();
        assertThat(model.startSetByPersonProperty().get()).isFalse();
        assertThat(model.milestones()).containsExactly("Nov 21, 2026: First 10-minute walk");
        model.episodeStartInputProperty().set(TODAY.minusDays(10));
        model.saveEpisodeStart();
        assertThat(journal.episodeStart()).contains(TODAY.minusDays(10));
        assertThat(model.courseHeadlineProperty().get()).startsWith("Day 11 of this episode").contains("the date you set");
        model.useFirstCheckIn();
        assertThat(journal.episodeStart()).isEmpty();
        assertThat(model.episodeStartInputProperty().get()).isEqualTo(TODAY.minusDays(3));
        assertThat(model.statusProperty().get()).isEqualTo("This episode now begins at its first check-in.");
    }

    @Test
    void deleteGoesToTheTrashAndUndoBringsItBackWithTheChartsFollowing() throws Exception {
        journal.save(CheckIn.on(TODAY.minusDays(2), 7).build());
        journal.save(CheckIn.on(TODAY.minusDays(1), 5).note("walked to the shop").build());
        model.refresh();
        HistoryViewModel history = model.history();
        assertThat(history.rows()).extracting(HistoryViewModel.Row::date).containsExactly(TODAY.minusDays(1), TODAY.minusDays(2));
        history.selectedProperty().set(TODAY.minusDays(1));
        assertThat(history.detailsProperty().get()).contains("Nov 20, 2026").contains("Pain now 5/10")
                .contains("Note: walked to the shop");

        history.delete();
        assertThat(history.rows()).hasSize(1);
        assertThat(history.selectedProperty().get()).isNull();
        assertThat(history.trash()).singleElement().satisfies(t -> assertThat(t.text()).contains("Nov 20, 2026").contains("deleted"));
        assertThat(history.statusProperty().get()).contains("Moved the check-in for Nov 20, 2026 to the trash");
        assertThat(history.undoTextProperty().get()).isEqualTo("Last change: deleting the check-in for Nov 20, 2026.");
        assertThat(line(model.painLines(), "pain-now").pointCount()).isEqualTo(1);

        history.undo();
        assertThat(history.rows()).hasSize(2);
        assertThat(history.trash()).isEmpty();
        assertThat(history.statusProperty().get()).isEqualTo("Undone: deleting the check-in for Nov 20, 2026.");
        assertThat(line(model.painLines(), "pain-now").pointCount()).isEqualTo(2);

        history.selectedProperty().set(TODAY.minusDays(2));
        history.delete();
        history.restore(history.trash().get(0).id());
        assertThat(journal.find(TODAY.minusDays(2))).isPresent();
        assertThat(history.statusProperty().get()).isEqualTo("Restored the check-in for Nov 19, 2026.");
    }

    @Test
    void editAsksForTheChosenDayToBeOpened() throws Exception {
        journal.save(CheckIn.on(TODAY.minusDays(5), 6).build());
        model.refresh();
        List<LocalDate> opened = new ArrayList<>();
        model.history().setOnEditRequested(opened::add);
        model.history().edit();
        assertThat(opened).as("nothing chosen yet").isEmpty();
        model.history().selectedProperty().set(TODAY.minusDays(5));
        model.history().edit();
        assertThat(opened).containsExactly(TODAY.minusDays(5));
    }

    @Test
    void anEmptyJournalExplainsWhatWillAppear() {
        model.refresh();
        assertThat(model.courseHeadlineProperty().get()).contains("No check-ins yet");
        assertThat(model.insightsNoteProperty().get()).contains("at least 3 days with it and 3 days without it");
        assertThat(model.milestones()).isEmpty();
        assertThat(model.history().undoTextProperty().get()).isEqualTo("Nothing to undo.");
        assertThat(model.history().canUndoProperty().get()).isFalse();
    }

    private static ChartSeries line(List<ChartSeries> chart, String key) {
        return chart.stream().filter(s -> s.id().equals(key)).findFirst().orElseThrow();
    }
}
