package org.backcoach.print;

import java.time.LocalDate;
import org.backcoach.content.Bundle;
import org.backcoach.settings.PaperSize;

/**
 * What every printout needs besides its own content: the bundle in use (disclaimer, red flags,
 * language), the paper, the person's name from Settings (may be empty) and the date printed.
 */
public record PrintSetup(Bundle bundle, PaperSize paper, String personName, LocalDate date) {

    public PrintSetup {
        personName = personName == null ? "" : personName.strip();
    }

    PrintText text() {
        return PrintText.forBundleLocale(bundle.locale());
    }

    PageFrame.Header header(PrintText text, String title, String subtitle) {
        String person = personName.isEmpty() ? "" : text.get("header.for", personName);
        return new PageFrame.Header(title, text.date(date), person, subtitle);
    }
}
