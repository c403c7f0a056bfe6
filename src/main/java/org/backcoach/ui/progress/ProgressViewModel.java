package org.backcoach.ui.progress;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backcoach.content.Bundle;
import org.backcoach.content.ProgressRules;
import org.backcoach.insights.ChartRange;
import org.backcoach.insights.ChartSeries;
import org.backcoach.insights.ProgressCharts;
import org.backcoach.insights.ProgressReport;
import org.backcoach.insights.RecoveryCourse;
import org.backcoach.journal.CheckInField;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalChange;
import org.backcoach.journal.TrashEntry;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;

/**
 * The Progress screen: the recovery course with its nudges, four charts over a chosen span, the
 * milestones timeline, factor insights, and the history. One background load fills all of it.
 * Plain Java: each chart is a list of {@link ChartSeries} (points with gaps), which the view draws.
 */
public final class ProgressViewModel {

    /** A gentle "see a clinician" message from the bundle, with its source. */
    public record Nudge(String title, String text, String source) {
    }

    // Properties
    private final ObjectProperty<ChartRange> range = new SimpleObjectProperty<>(ChartRange.SIX_WEEKS);
    private final ObjectProperty<LocalDate> episodeStartInput = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ProgressReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper courseHeadline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper painComparison = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper startSetByPerson = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Nudge> nudges = FXCollections.observableArrayList();
    private final ObservableList<ChartSeries> painLines = FXCollections.observableArrayList();
    private final ObservableList<ChartSeries> movementLines = FXCollections.observableArrayList();
    private final ObservableList<ChartSeries> spasmLines = FXCollections.observableArrayList();
    private final ObservableList<ChartSeries> exerciseLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper painSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper movementSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper spasmSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exerciseSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper painTrend = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper movementTrend = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper spasmTrend = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exerciseTrend = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper axisFrom = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper axisTo = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper tickDays = new ReadOnlyDoubleWrapper(7);
    private final ReadOnlyStringWrapper chartNote = new ReadOnlyStringWrapper("");
    private final ObservableList<String> milestones = FXCollections.observableArrayList();
    private final ObservableList<String> insights = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper insightsNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private final Journal journal;
    private final Bundle bundle;
    private final Async async;
    private final Messages messages;
    private final ProgressText text;
    private final HistoryViewModel history;
    private final DateTimeFormatter axisDates;

    public ProgressViewModel(Journal journal, Bundle bundle, Async async, Messages messages) {
        this.journal = journal;
        this.bundle = bundle;
        this.async = async;
        this.messages = messages;
        this.text = new ProgressText(messages);
        this.history = new HistoryViewModel(journal, bundle, async, messages, text);
        this.axisDates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(messages.locale());
        history.setOnJournalChanged(this::refresh);
        range.addListener((obs, old, now) -> refresh());
    }

    // Properties
    public ObjectProperty<ChartRange> rangeProperty() { return range; }
    /** The date in the "this episode began on" picker; {@link #saveEpisodeStart()} stores it. */
    public ObjectProperty<LocalDate> episodeStartInputProperty() { return episodeStartInput; }
    public ReadOnlyObjectProperty<ProgressReport> reportProperty() { return report.getReadOnlyProperty(); }
    public ReadOnlyStringProperty courseHeadlineProperty() { return courseHeadline.getReadOnlyProperty(); }
    public ReadOnlyStringProperty painComparisonProperty() { return painComparison.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty startSetByPersonProperty() { return startSetByPerson.getReadOnlyProperty(); }
    public ObservableList<Nudge> nudges() { return FXCollections.unmodifiableObservableList(nudges); }
    /** Each chart's lines, one per key of {@code ProgressCharts.keys}, in that order; a line may have no points. */
    public ObservableList<ChartSeries> painLines() { return painLines; }
    public ObservableList<ChartSeries> movementLines() { return movementLines; }
    public ObservableList<ChartSeries> spasmLines() { return spasmLines; }
    public ObservableList<ChartSeries> exerciseLines() { return exerciseLines; }
    public ReadOnlyStringProperty painSummaryProperty() { return painSummary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty movementSummaryProperty() { return movementSummary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty spasmSummaryProperty() { return spasmSummary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty exerciseSummaryProperty() { return exerciseSummary.getReadOnlyProperty(); }
    /** Each chart's main line in one sentence, shown under its title: "Pain now fell from 7 to 3 over 12 days." */
    public ReadOnlyStringProperty painTrendProperty() { return painTrend.getReadOnlyProperty(); }
    public ReadOnlyStringProperty movementTrendProperty() { return movementTrend.getReadOnlyProperty(); }
    public ReadOnlyStringProperty spasmTrendProperty() { return spasmTrend.getReadOnlyProperty(); }
    public ReadOnlyStringProperty exerciseTrendProperty() { return exerciseTrend.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty axisFromProperty() { return axisFrom.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty axisToProperty() { return axisTo.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty tickDaysProperty() { return tickDays.getReadOnlyProperty(); }
    public ReadOnlyStringProperty chartNoteProperty() { return chartNote.getReadOnlyProperty(); }
    public ObservableList<String> milestones() { return FXCollections.unmodifiableObservableList(milestones); }
    public ObservableList<String> insights() { return FXCollections.unmodifiableObservableList(insights); }
    public ReadOnlyStringProperty insightsNoteProperty() { return insightsNote.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    public HistoryViewModel history() {
        return history;
    }

    /** An axis label: the epoch day (x of every chart) as a short local date. */
    public String dayLabel(double epochDay) {
        return LocalDate.ofEpochDay(Math.round(epochDay)).format(axisDates);
    }

    // Commands

    /** Reloads everything from the journal, off the FX thread. */
    public void refresh() {
        busy.set(true);
        ChartRange wanted = range.get();
        async.run(() -> new Loaded(ProgressReport.load(journal, bundle, wanted), journal.history().trash(),
                journal.history().lastChange()), loaded -> {
            busy.set(false);
            show(loaded);
        }, error -> {
            busy.set(false);
            status.set(messages.get("progress.loadFailed", error.getMessage()));
        });
    }

    public void saveEpisodeStart() {
        Optional<LocalDate> day = Optional.ofNullable(episodeStartInput.get());
        async.run(() -> journal.setEpisodeStart(day), () -> {
            status.set(day.map(d -> messages.get("progress.status.startSet", text.date(d)))
                    .orElse(messages.get("progress.status.startCleared")));
            refresh();
        }, error -> status.set(messages.get("progress.status.failed", error.getMessage())));
    }

    /** Forgets a date the person set, so the episode starts at its first check-in again. */
    public void useFirstCheckIn() {
        episodeStartInput.set(null);
        saveEpisodeStart();
    }

    private record Loaded(ProgressReport report, List<TrashEntry> trash, Optional<JournalChange> lastChange) {
    }

    private void showChart(ObservableList<ChartSeries> lines, ReadOnlyStringWrapper summary, ReadOnlyStringWrapper trend,
                           List<ChartSeries> chart, ChartSeries main) {
        lines.setAll(chart);
        summary.set(ChartLines.summary(messages, chart));
        trend.set(ChartLines.trend(messages, main));
    }

    private void show(Loaded loaded) {
        ProgressReport r = loaded.report();
        RecoveryCourse course = r.course();
        ProgressRules rules = bundle.progress();
        courseHeadline.set(text.courseHeadline(course));
        painComparison.set(text.painComparison(course, rules.course().compareCheckIns()));
        startSetByPerson.set(course.startSetByPerson());
        episodeStartInput.set(course.start().orElse(null));
        nudges.clear();
        if (course.notImproving()) {
            nudges.add(new Nudge(rules.notImproving().title(), rules.notImproving().text(), rules.notImproving().source()));
        }
        if (course.gettingWorse()) {
            nudges.add(new Nudge(rules.gettingWorse().title(), rules.gettingWorse().text(), rules.gettingWorse().source()));
        }
        ProgressCharts c = r.charts();
        axisFrom.set(c.from().toEpochDay() - 0.5);
        axisTo.set(c.to().toEpochDay() + 0.5);
        tickDays.set(ChartLines.tickDays(c.from(), c.to()));
        // A check-in chart's trend follows its first line (pain now, minutes walked, spasms).
        List<ChartSeries> pain = c.chart(CheckInField.Chart.PAIN);
        List<ChartSeries> movement = c.chart(CheckInField.Chart.MOVEMENT);
        List<ChartSeries> spasms = c.chart(CheckInField.Chart.SPASMS);
        showChart(painLines, painSummary, painTrend, pain, pain.get(0));
        showChart(movementLines, movementSummary, movementTrend, movement, movement.get(0));
        showChart(spasmLines, spasmSummary, spasmTrend, spasms, spasms.get(0));
        showChart(exerciseLines, exerciseSummary, exerciseTrend, c.exercise(), c.line(ProgressCharts.EXERCISE_PAIN));
        chartNote.set(messages.get(c.bucketDays() == 1 ? "progress.chart.daily"
                : c.bucketDays() == 7 ? "progress.chart.weekly" : "progress.chart.fourWeekly"));
        milestones.setAll(r.milestones().stream()
                .map(m -> messages.get("progress.milestone", text.date(m.date()), m.text())).toList());
        insights.setAll(r.insights().stream().map(text::insight).toList());
        ProgressRules.Insights needed = rules.insights();
        insightsNote.set(r.insights().isEmpty()
                ? messages.get("progress.insights.none", needed.minDaysWith(), needed.minDaysWithout(), r.checkIns().size())
                : messages.get("progress.insights.caution"));
        history.show(r.checkIns(), loaded.trash(), loaded.lastChange());
        report.set(r);
    }
}
