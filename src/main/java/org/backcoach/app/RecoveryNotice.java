package org.backcoach.app;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.backcoach.journal.JournalRecovery;
import org.backcoach.ui.common.Messages;
import org.backcoach.ui.shell.MainViewModel;

/** Tells the person, in the window, exactly what happened to a damaged journal at start. */
final class RecoveryNotice {

    private RecoveryNotice() {
    }

    static void show(MainViewModel main, Messages messages, JournalRecovery.Report report) {
        String restored = report.restoredFrom().map(b -> messages.get("notice.recovered.restored",
                b.file().getFileName(), report.now().checkIns())).orElse(messages.get("notice.recovered.none"));
        main.showNotice(report.restoredFrom().map(b -> messages.get("notice.recovered",
                        b.takenAt().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                                .withLocale(messages.locale()))))
                        .orElse(messages.get("notice.recovered.empty")),
                messages.get("notice.recovered.details", report.journal(), report.damage(),
                        report.setAside().getFileName(), restored));
    }
}
