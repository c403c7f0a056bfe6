package org.backcoach.ui.checkin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.CheckInField;
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
        CheckInField field = problem.field();
        return switch (field) {
            case DATE -> checkIn.date() != null && checkIn.date().isAfter(today)
                    ? messages.get("checkin.error.future", date(checkIn.date(), messages))
                    : messages.get("checkin.error.tooEarly", date(JournalRules.EARLIEST_DATE, messages));
            case PAIN_WORST -> checkIn.painWorst() != null && checkIn.painWorst() >= field.min()
                    && checkIn.painWorst() <= field.max()
                    ? messages.get("checkin.error.worstBelowNow", checkIn.painNow())
                    : range(field, messages);
            case NOTE -> messages.get("checkin.error.noteTooLong",
                    checkIn.note().codePointCount(0, checkIn.note().length()), field.max());
            // Every other number is refused for its range. Ids come from the bundle's own lists in
            // the form, so only a bug reaches an id set.
            default -> field.kind().isNumber() ? range(field, messages) : problem.message();
        };
    }

    private static String range(CheckInField field, Messages messages) {
        return messages.get("checkin.error.range", field.min(), field.max());
    }

    private static String date(LocalDate date, Messages messages) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale()));
    }
}
