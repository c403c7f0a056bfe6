package org.backcoach.ui.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.nio.file.Path;
import java.util.Locale;
import org.backcoach.content.BundleLoader;
import org.backcoach.journal.CheckInField;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the journal refuses is said in the window's language, with its dates and numbers. */
class CheckInRefusalsInGermanTest {

    @TempDir
    Path dir;
    private Journal journal;
    private CheckInViewModel model;

    @BeforeEach
    void setUp() {
        journal = JournalFixtures.open(dir);
        model = new CheckInViewModel(journal, new BundleLoader().loadBuiltIn("de").bundle().orElseThrow(), Async.direct(),
                Messages.strict(Locale.GERMANY), JournalFixtures.CLOCK);
    }

    @AfterEach
    void tearDown() {
        journal.close();
    }

    @Test
    void worstPainBelowPainNowAndTooManyMinutesAreRefusedInGerman() {
        model.painNowProperty().set(7);
        model.painWorstProperty().set(3);
        model.walkMinutesProperty().set("99999");
        model.save();
        assertThat(model.errors()).containsOnlyKeys(CheckInField.PAIN_WORST, CheckInField.WALK_MINUTES);
        assertThat(model.errors().get(CheckInField.PAIN_WORST))
                .isEqualTo("Der stärkste Schmerz des Tages kann nicht niedriger sein als der Schmerz jetzt (7/10).");
        assertThat(model.errors().get(CheckInField.WALK_MINUTES)).isEqualTo("Geben Sie eine ganze Zahl von 0 bis 1.440 ein.");
        assertThat(model.statusProperty().get()).isEqualTo("Nicht gespeichert. Bitte sehen Sie sich die 2 rot markierten Felder an.");
        assertThat(journal.all()).isEmpty();
    }

    @Test
    void aDayInTheFutureIsRefusedWithAGermanDate() {
        model.dateProperty().set(TODAY.plusDays(1));
        model.painNowProperty().set(4);
        model.save();
        assertThat(model.errors().get(CheckInField.DATE))
                .isEqualTo("Der 22.11.2026 liegt in der Zukunft. Wählen Sie heute oder einen früheren Tag.");
    }

    @Test
    void aSavedCheckInIsConfirmedWithAGermanDateAndTime() {
        model.painNowProperty().set(4);
        model.save();
        assertThat(model.statusProperty().get()).isEqualTo("Der Check-in vom 21.11.2026 wurde um 10:30 gespeichert.");
    }
}
