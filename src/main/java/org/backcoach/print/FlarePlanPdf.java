package org.backcoach.print;

import org.backcoach.insights.FactorInsight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.backcoach.content.RedFlag;

/** Lays out the {@link FlarePlan} on one page (a very wordy clinician's bundle may need a second). */
public final class FlarePlanPdf {

    private static final float BODY = 9;

    private FlarePlanPdf() {
    }

    public static RenderedPdf render(FlarePlan plan, PrintSetup setup) {
        PrintText text = setup.text();
        String title = text.get("flare.title");
        try (PdfCanvas canvas = new PdfCanvas(setup.paper(), title, setup.bundle().locale())) {
            PageFrame frame = new PageFrame(canvas, text, setup.header(text, title, text.get("flare.subtitle")),
                    setup.bundle().disclaimer().text(), List.of());
            PageFlow flow = new PageFlow(canvas, frame);
            flow.heading(text.get("flare.firstAid"), 30);
            for (FirstAidStep step : plan.firstAid()) {
                flow.paragraph(step.title(), BODY + 0.5f, true, PdfCanvas.TEXT, 0);
                for (String point : step.points()) {
                    flow.item("•", point, BODY, PdfCanvas.TEXT, 6);
                }
                flow.advance(3);
            }
            helped(flow, plan, text);
            avoid(flow, plan, text);
            redFlags(flow, plan.redFlags(), text);
            frame.drawOnAllPages(canvas);
            return new RenderedPdf(title, canvas.toBytes(), canvas.pageCount());
        } catch (IOException e) {
            throw new UncheckedIOException("could not build the flare-up plan", e);
        }
    }

    private static void helped(PageFlow flow, FlarePlan plan, PrintText text) throws IOException {
        flow.heading(text.get("flare.helped"), 30);
        insightLines(flow, plan.insights(), plan.insights().helpers(FlarePlan.TOP), text, "flare.helper");
        List<ExerciseStats> easiest = ExerciseStats.easiest(plan.easiestExercises(), FlarePlan.TOP);
        if (easiest.isEmpty()) {
            flow.paragraph(text.get("flare.exercises.none", ExerciseStats.MILD_PAIN_MAX), BODY, false, PdfCanvas.MUTED, 0);
            return;
        }
        flow.paragraph(text.get("flare.exercises", ExerciseStats.MILD_PAIN_MAX), BODY, true, PdfCanvas.TEXT, 0);
        for (ExerciseStats s : easiest) {
            flow.item("•", text.get("flare.exercise", s.title(), s.mildSessions(),
                    text.decimal(s.meanPainDuring())), BODY, PdfCanvas.TEXT, 6);
        }
    }

    private static void avoid(PageFlow flow, FlarePlan plan, PrintText text) throws IOException {
        flow.heading(text.get("flare.avoid"), 24);
        insightLines(flow, plan.insights(), plan.insights().aggravators(FlarePlan.TOP), text, "flare.aggravator");
    }

    private static void insightLines(PageFlow flow, PrintedInsights insights, List<FactorInsight> chosen, PrintText text,
                                     String key) throws IOException {
        if (chosen.isEmpty()) {
            flow.paragraph(text.get("flare.insights.none"), BODY, false, PdfCanvas.MUTED, 0);
            return;
        }
        for (FactorInsight i : chosen) {
            flow.item("•", text.get(key, i.label(), text.decimal(Math.abs(i.difference())),
                    i.daysWith()), BODY, PdfCanvas.TEXT, 6);
        }
    }

    private static void redFlags(PageFlow flow, List<RedFlag> flags, PrintText text) throws IOException {
        flow.heading(text.get("flare.redFlags"), 40);
        for (RedFlag.Urgency urgency : RedFlag.Urgency.values()) {
            List<RedFlag> group = flags.stream().filter(f -> f.urgency() == urgency).toList();
            if (group.isEmpty()) {
                continue;
            }
            flow.paragraph(text.get(urgency == RedFlag.Urgency.URGENT ? "flare.redFlags.urgent" : "flare.redFlags.soon"),
                    BODY, true, PdfCanvas.DANGER, 0);
            for (RedFlag flag : group) {
                flow.item("!", flag.question(), BODY, PdfCanvas.TEXT, 6);
            }
        }
    }
}
