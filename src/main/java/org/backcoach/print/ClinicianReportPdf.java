package org.backcoach.print;

import org.backcoach.insights.FactorInsight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.backcoach.content.RedFlag;

/**
 * The report for a physiotherapist or GP: one or two pages they can scan in a minute. Sections
 * that need data the person has not logged say so in one line; notes are cut (newest kept) so the
 * report stays within {@link #MAX_PAGES} pages.
 */
public final class ClinicianReportPdf {

    static final int MAX_PAGES = 2;
    private static final float BODY = 9;

    private ClinicianReportPdf() {
    }

    public static RenderedPdf render(ClinicianReport report, PrintSetup setup) {
        PrintText text = setup.text();
        String title = text.get("report.title");
        try (PdfCanvas canvas = new PdfCanvas(setup.paper(), title, setup.bundle().locale())) {
            PageFrame frame = new PageFrame(canvas, text, setup.header(text, title, text.get("report.period",
                    text.date(report.from()), text.date(report.to()), report.days())),
                    setup.bundle().disclaimer().text(), List.of());
            PageFlow flow = new PageFlow(canvas, frame);
            flow.paragraph(summary(report, text), BODY, false, PdfCanvas.TEXT, 0);
            flow.heading(text.get("report.chart"), PainChart.HEIGHT);
            PainChart.draw(canvas, text, report.pain(), flow.left(), flow.y(), flow.width());
            flow.advance(PainChart.HEIGHT + 4);
            milestones(flow, report, text);
            exercises(flow, report, text);
            insights(flow, report.insights(), text);
            redFlags(flow, report, text);
            notes(flow, report, text);
            frame.drawOnAllPages(canvas);
            return new RenderedPdf(title, canvas.toBytes(), canvas.pageCount());
        } catch (IOException e) {
            throw new UncheckedIOException("could not build the report", e);
        }
    }

    private static String summary(ClinicianReport report, PrintText text) {
        if (report.checkInDays() == 0) {
            return text.get("report.summary.none", report.days());
        }
        String summary = text.get("report.summary", report.checkInDays(), report.days(), mean(report.meanNow(), text),
                mean(report.meanWorst(), text));
        if (report.days() >= 14) {
            summary += " " + text.get("report.summary.trend", mean(report.meanNow(true, 7), text),
                    mean(report.meanNow(false, 7), text));
        }
        return summary;
    }

    private static String mean(OptionalDouble value, PrintText text) {
        return value.isPresent() ? text.decimal(value.getAsDouble()) : "–";
    }

    private static void milestones(PageFlow flow, ClinicianReport report, PrintText text) throws IOException {
        flow.heading(text.get("report.milestones"), 24);
        if (report.milestones().isEmpty()) {
            flow.paragraph(text.get("report.milestones.none"), BODY, false, PdfCanvas.MUTED, 0);
            return;
        }
        for (ClinicianReport.MilestoneReached m : report.milestones()) {
            flow.item("•", text.get("report.milestone", text.date(m.first()), m.label(), m.days() - 1), BODY,
                    PdfCanvas.TEXT, 0);
        }
    }

    private static void exercises(PageFlow flow, ClinicianReport report, PrintText text) throws IOException {
        flow.heading(text.get("report.exercises"), 40);
        long percent = Math.round(100.0 * report.daysExercised() / report.days());
        flow.paragraph(text.get("report.adherence", report.daysExercised(), report.days(), percent, report.sessions()),
                BODY, false, PdfCanvas.TEXT, 0);
        if (report.exercises().isEmpty()) {
            return;
        }
        flow.advance(3);
        List<List<String>> rows = new ArrayList<>();
        for (ExerciseStats s : report.exercises()) {
            rows.add(List.of(s.title(), Integer.toString(s.sessions()), Integer.toString(s.days()),
                    text.decimal(s.meanPainDuring()), Integer.toString(s.maxPainDuring())));
        }
        PdfTable.draw(flow, List.of(text.get("report.col.exercise"), text.get("report.col.sessions"),
                text.get("report.col.days"), text.get("report.col.painMean"), text.get("report.col.painMax")),
                new float[] {55, 45, 95, 80}, rows);
    }

    private static void insights(PageFlow flow, PrintedInsights insights, PrintText text) throws IOException {
        flow.heading(text.get("report.insights"), 24);
        if (insights.items().isEmpty()) {
            flow.paragraph(text.get("report.insights.none"), BODY, false, PdfCanvas.MUTED, 0);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (FactorInsight i : insights.items()) {
            rows.add(List.of(i.label(), text.get("report.kind." + i.kind().jsonName()),
                    text.get("report.lag", i.lagDays()), i.daysWith() + " / " + i.daysWithout(),
                    text.decimal(i.meanPainWith()) + " / " + text.decimal(i.meanPainWithout()),
                    text.signedDecimal(i.difference())));
        }
        PdfTable.draw(flow, List.of(text.get("report.col.factor"), text.get("report.col.kind"), text.get("report.col.lag"),
                text.get("report.col.daysWith"), text.get("report.col.meanWith"), text.get("report.col.difference")),
                new float[] {60, 55, 70, 80, 55}, rows);
    }

    private static void redFlags(PageFlow flow, ClinicianReport report, PrintText text) throws IOException {
        flow.heading(text.get("report.redFlags"), 24);
        if (report.redFlags().isEmpty()) {
            flow.paragraph(text.get("report.redFlags.none"), BODY, false, PdfCanvas.TEXT, 0);
            return;
        }
        for (ClinicianReport.RedFlagAnswer answer : report.redFlags()) {
            String urgency = text.get(answer.urgency() == RedFlag.Urgency.URGENT ? "report.redFlags.urgent"
                    : "report.redFlags.soon");
            flow.item("!", text.get("report.redFlag", answer.question(), urgency, dateRuns(answer.dates(), text)), BODY,
                    PdfCanvas.DANGER, 0);
        }
    }

    private static void notes(PageFlow flow, ClinicianReport report, PrintText text) throws IOException {
        flow.heading(text.get("report.notes"), 24);
        if (report.notes().isEmpty()) {
            flow.paragraph(text.get("report.notes.none"), BODY, false, PdfCanvas.MUTED, 0);
            return;
        }
        List<ClinicianReport.DatedNote> notes = report.notes();
        for (int i = 0; i < notes.size(); i++) {
            ClinicianReport.DatedNote note = notes.get(i);
            String line = text.shortDate(note.date()) + ": " + note.text();
            float height = flow.canvas().wrap(line, BODY, flow.width() - 12).size() * BODY * 1.3f;
            boolean lastPage = flow.canvas().pageCount() >= MAX_PAGES;
            // Room must be left for the "more notes" line if this note is not the last one.
            float needed = height + (i < notes.size() - 1 ? BODY * 1.3f : 0);
            if (lastPage && needed > flow.remaining()) {
                flow.paragraph(text.get("report.notes.more", notes.size() - i), BODY, false, PdfCanvas.MUTED, 0);
                return;
            }
            flow.item("•", line, BODY, PdfCanvas.TEXT, 0);
        }
    }

    /** Dates as runs: "3 Nov, 10 Nov–12 Nov", so a flag answered every day stays one short line. */
    static String dateRuns(List<LocalDate> dates, PrintText text) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < dates.size()) {
            int j = i;
            while (j + 1 < dates.size() && dates.get(j + 1).equals(dates.get(j).plusDays(1))) {
                j++;
            }
            runs.add(i == j ? text.shortDate(dates.get(i))
                    : text.shortDate(dates.get(i)) + "–" + text.shortDate(dates.get(j)));
            i = j + 1;
        }
        return String.join(", ", runs);
    }
}
