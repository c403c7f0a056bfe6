package org.backcoach.ui.progress;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.backcoach.content.Bundle;
import org.backcoach.content.Factor;
import org.backcoach.insights.FactorInsight;
import org.backcoach.insights.RecoveryCourse;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.JournalChange;
import org.backcoach.ui.common.Messages;

/** The Progress screen's sentences, from messages.properties; kept apart so the view models stay short. */
final class ProgressText {

    private final Messages messages;
    private final DateTimeFormatter dates;

    ProgressText(Messages messages) {
        this.messages = messages;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
    }

    String date(LocalDate date) {
        return date.format(dates);
    }

    /** "On days after “Sat for long spells”, your pain was 3.0 points higher on average (6 days vs 23 days)." */
    String insight(FactorInsight i) {
        String sentence = messages.get(i.lagDays() == 0 ? "progress.insight.sameDay" : "progress.insight.nextDay",
                i.label(), Math.abs(i.difference()),
                messages.get(i.higherWith() ? "progress.insight.higher" : "progress.insight.lower"),
                i.daysWith(), i.daysWithout());
        return i.seemsToHelp() ? sentence + " " + messages.get("progress.insight.helps") : sentence;
    }

    String courseHeadline(RecoveryCourse course) {
        if (course.start().isEmpty()) {
            return messages.get("progress.course.none");
        }
        return messages.get("progress.course.day", course.daysSinceStart() + 1, date(course.start().get()),
                messages.get(course.startSetByPerson() ? "progress.course.setByYou" : "progress.course.firstCheckIn"));
    }

    String painComparison(RecoveryCourse course, int compared) {
        if (course.painNow().isEmpty()) {
            return "";
        }
        double now = course.painNow().getAsDouble();
        double start = course.startPain().getAsDouble();
        double change = start - now;
        String direction = Math.abs(change) < 0.05 ? messages.get("progress.course.same")
                : messages.get(change > 0 ? "progress.course.lower" : "progress.course.higher", Math.abs(change));
        return messages.get("progress.course.pain", now, start, direction, compared);
    }

    /** What a change was, e.g. "the changes to 12 Nov 2026", for the undo line and its status. */
    String change(JournalChange change) {
        String key = switch (change.kind()) {
            case ADDED -> "progress.change.added";
            case EDITED -> "progress.change.edited";
            case DELETED -> "progress.change.deleted";
            case RESTORED -> "progress.change.restored";
        };
        return messages.get(key, date(change.date()));
    }

    /** A past day in full, one line per recorded measure, for the history's detail panel. */
    String dayDetails(CheckIn c, Bundle bundle) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("progress.day.pain", c.painNow(), c.painWorst() == null ? "–" : c.painWorst()));
        optional(lines, "progress.day.spasms", c.spasms());
        optional(lines, "progress.day.walk", c.walkMinutes());
        optional(lines, "progress.day.sitting", c.sittingMaxMinutes());
        optional(lines, "progress.day.stress", c.stress());
        optional(lines, "progress.day.sleep", c.sleep());
        if (!c.areas().isEmpty()) {
            lines.add(messages.get("progress.day.areas", String.join(", ", c.areas().stream().map(bundle::areaLabel).toList())));
        }
        if (!c.factors().isEmpty()) {
            lines.add(messages.get("progress.day.factors", factorLabels(c, bundle)));
        }
        if (!c.milestones().isEmpty()) {
            lines.add(messages.get("progress.day.milestones", String.join(", ", bundle.milestones().stream()
                    .filter(m -> c.milestones().contains(m.id())).map(m -> m.firstTime()).toList())));
        }
        if (!c.redFlags().isEmpty()) {
            lines.add(messages.get("progress.day.redFlags", c.redFlags().size()));
        }
        c.noteText().ifPresent(note -> lines.add(messages.get("progress.day.note", note)));
        return String.join("\n", lines);
    }

    static String factorLabels(CheckIn c, Bundle bundle) {
        return String.join(", ", c.factors().stream().map(id -> bundle.factor(id).map(Factor::label).orElse(id)).toList());
    }

    private void optional(List<String> lines, String key, Integer value) {
        if (value != null) {
            lines.add(messages.get(key, value));
        }
    }
}
