package org.backcoach.ui.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.nio.file.Path;
import org.backcoach.content.BundleFixtures;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.CheckInField;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The form's logic without a JavaFX toolkit: commands complete synchronously. */
class CheckInViewModelTest {

    @TempDir
    Path dir;
    private Journal journal;
    private CheckInViewModel model;
    private int savedEvents;

    @BeforeEach
    void setUp() {
        journal = JournalFixtures.open(dir);
        model = new CheckInViewModel(journal, BundleFixtures.builtIn(), Async.direct(), UiTestSupport.english(),
                JournalFixtures.CLOCK);
        model.setOnSaved(() -> savedEvents++);
    }

    @AfterEach
    void tearDown() {
        journal.close();
    }

    @Test
    void painNowIsRequired() {
        model.save();
        assertThat(model.errors()).containsKey(CheckInField.PAIN_NOW);
        assertThat(model.statusProperty().get()).contains("Not saved");
        assertThat(journal.all()).isEmpty();
        assertThat(savedEvents).isZero();
    }

    @Test
    void savesEveryField() {
        model.painNowProperty().set(6);
        model.painWorstProperty().set(8);
        model.spasmsProperty().set("3");
        model.walkMinutesProperty().set("20");
        model.sittingMaxMinutesProperty().set("90");
        model.movementBreaksProperty().set("5");
        model.areas().addAll(java.util.Set.of("lower-back", "thighs"));
        model.factors().addAll(java.util.Set.of("walking", "long-sitting"));
        model.milestones().add("stood-straight");
        model.stressProperty().set(4);
        model.sleepProperty().set(6);
        model.noteProperty().set("Stiff in the morning; better after a walk.");
        model.save();
        assertThat(model.errors()).isEmpty();
        assertThat(journal.find(TODAY)).contains(JournalFixtures.full(TODAY));
        assertThat(model.statusProperty().get()).startsWith("Saved the check-in");
        assertThat(model.existingEntryProperty().get()).isTrue();
        assertThat(savedEvents).isEqualTo(1);
    }

    @Test
    void aLoadedDayShowsEveryFieldOfTheTableAndSavesBackUnchanged() throws Exception {
        CheckIn saved = journal.save(JournalFixtures.full(TODAY.minusDays(1)).toBuilder()
                .redFlags(java.util.Set.of("night-pain")).build());
        model.load(TODAY.minusDays(1));
        for (CheckInField field : CheckInField.values()) {
            Object value = field.get(saved);
            Object shown = switch (field.kind()) {
                case DAY -> model.dateProperty().get();
                case SCORE -> model.scoreProperty(field).get();
                case NUMBER -> Integer.valueOf(model.numberProperty(field).get());
                case ITEMS -> java.util.Set.copyOf(model.items(field));
                case TEXT -> model.textProperty(field).get();
            };
            assertThat(shown).as(field.label()).isEqualTo(value);
        }
        model.save();
        assertThat(journal.find(TODAY.minusDays(1))).contains(saved);

        model.load(TODAY);
        for (CheckInField field : CheckInField.values()) {
            switch (field.kind()) {
                case SCORE -> assertThat(model.scoreProperty(field).get()).as(field.label()).isNull();
                case NUMBER -> assertThat(model.numberProperty(field).get()).as(field.label()).isEmpty();
                case ITEMS -> assertThat(model.items(field)).as(field.label()).isEmpty();
                case TEXT -> assertThat(model.textProperty(field).get()).as(field.label()).isEmpty();
                case DAY -> assertThat(model.dateProperty().get()).isEqualTo(TODAY);
            }
        }
    }

    @Test
    void everyTypedNumberThatIsNotANumberIsNamedByItsField() {
        model.painNowProperty().set(3);
        java.util.List<CheckInField> typed = java.util.Arrays.stream(CheckInField.values())
                .filter(f -> f.kind() == CheckInField.Kind.NUMBER).toList();
        typed.forEach(field -> model.numberProperty(field).set("a few"));
        model.save();
        assertThat(model.errors()).containsOnlyKeys(typed);
        assertThat(journal.all()).isEmpty();
    }

    @Test
    void breaksCountedByRemindersFillInTheDaysCount() throws Exception {
        journal.recordMovementBreak(TODAY.atTime(9, 0));
        journal.recordMovementBreak(TODAY.atTime(9, 50));
        model.load(TODAY);
        assertThat(model.movementBreaksProperty().get()).isEqualTo("2");
        model.painNowProperty().set(4);
        model.save();
        assertThat(journal.find(TODAY).orElseThrow().movementBreaks()).isEqualTo(2);
        // A count the person wrote themselves wins over the log.
        model.movementBreaksProperty().set("6");
        model.save();
        model.load(TODAY);
        assertThat(model.movementBreaksProperty().get()).isEqualTo("6");
        model.load(TODAY.minusDays(1));
        assertThat(model.movementBreaksProperty().get()).as("no breaks logged that day").isEmpty();
    }

    @Test
    void refusalsAreShownPerFieldAndNothingChanges() throws Exception {
        journal.save(CheckIn.on(TODAY, 2).build());
        model.load(TODAY);
        model.painNowProperty().set(7);
        model.painWorstProperty().set(3);
        model.save();
        assertThat(model.errors()).containsOnlyKeys(CheckInField.PAIN_WORST);
        assertThat(model.errors().get(CheckInField.PAIN_WORST)).contains("lower than pain now");
        assertThat(journal.find(TODAY).orElseThrow().painNow()).isEqualTo(2);
    }

    @Test
    void choosingADateShowsThatDaysEntry() throws Exception {
        journal.save(JournalFixtures.full(TODAY.minusDays(2)));
        model.dateProperty().set(TODAY.minusDays(2));
        assertThat(model.painNowProperty().get()).isEqualTo(6);
        assertThat(model.factors()).containsExactlyInAnyOrder("walking", "long-sitting");
        assertThat(model.existingEntryProperty().get()).isTrue();
        model.dateProperty().set(TODAY.minusDays(1));
        assertThat(model.painNowProperty().get()).isNull();
        assertThat(model.factors()).isEmpty();
        assertThat(model.existingEntryProperty().get()).isFalse();
    }

    @Test
    void raisedRedFlagsPutUrgentOnesFirst() {
        model.redFlags().addAll(java.util.Set.of("night-pain", "bladder-bowel-control"));
        assertThat(model.raisedRedFlags()).extracting(f -> f.id()).containsExactly("bladder-bowel-control", "night-pain");
    }
}
