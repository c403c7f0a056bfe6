package org.backcoach.ui.checkin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.FieldProblem;
import org.backcoach.journal.JournalRules;
import org.backcoach.ui.common.Messages;

/**
 * What the journal refused in a check-in, said in the person's language. The journal's own words
 * are English (the command line prints them); the form knows the field and the value, so it can
 * say the same thing in the window's language.
 */
final class CheckInProblemText {

    private CheckInProblemText() {
    }

    static String of(FieldProblem problem, CheckIn checkIn, LocalDate today, Messages messages) {
        return switch (problem.field()) {
            case DATE -> checkIn.date() != null && checkIn.date().isAfter(today)
                    ? messages.get("checkin.error.future", date(checkIn.date(), messages))
                    : messages.get("checkin.error.tooEarly", date(JournalRules.EARLIEST_DATE, messages));
            case PAIN_WORST -> checkIn.painWorst() != null && checkIn.painWorst() >= 0 && checkIn.painWorst() <= 10
                    ? messages.get("checkin.error.worstBelowNow", checkIn.painNow())
                    : range(0, 10, messages);
            case PAIN_NOW, STRESS, SLEEP -> range(0, 10, messages);
            case SPASMS -> range(0, JournalRules.MAX_SPASMS, messages);
            case WALK_MINUTES, SITTING_MAX_MINUTES -> range(0, JournalRules.MAX_MINUTES, messages);
            case MOVEMENT_BREAKS -> range(0, CheckIn.MAX_MOVEMENT_BREAKS, messages);
            case NOTE -> messages.get("checkin.error.noteTooLong",
                    checkIn.note().codePointCount(0, checkIn.note().length()), CheckIn.MAX_NOTE_CHARS);
            // Ids come from the bundle's own lists in the form, so only a bug reaches these.
            case AREAS, FACTORS, RED_FLAGS, MILESTONES -> problem.message();
        };
    }

    private static String range(int min, int max, Messages messages) {
        return messages.get("checkin.error.range", min, max);
    }

    private static String date(LocalDate date, Messages messages) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale()));
    }
}
