package org.backcoach.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JournalRulesTest {

    private final JournalRules validator = JournalFixtures.validator();

    @Test
    void aFullCheckInIsAccepted() {
        assertThat(validator.problems(JournalFixtures.full(TODAY))).isEmpty();
    }

    @Test
    void onlyPainIsRequired() {
        assertThat(validator.problems(CheckIn.on(TODAY, 0).build())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CheckInField.class, names = {"PAIN_NOW", "PAIN_WORST", "SPASMS", "WALK_MINUTES",
            "SITTING_MAX_MINUTES", "STRESS", "SLEEP"})
    void outOfRangeValuesNameTheirField(CheckInField field) {
        CheckIn tooHigh = set(field, 100_000);
        CheckIn negative = set(field, -1);
        assertThat(validator.problems(tooHigh)).extracting(FieldProblem::field).contains(field);
        assertThat(validator.problems(negative)).extracting(FieldProblem::field).contains(field);
        assertThat(validator.problems(negative).toString()).contains(field.label());
    }

    @Test
    void futureAndAncientDatesAreRefused() {
        assertThat(validator.problems(CheckIn.on(TODAY.plusDays(1), 3).build()))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo(CheckInField.DATE);
                    assertThat(p.message()).contains("future");
                });
        assertThat(validator.problems(CheckIn.on(TODAY.minusYears(40), 3).build()))
                .extracting(FieldProblem::field).containsExactly(CheckInField.DATE);
    }

    @Test
    void unknownIdsAreRefusedPerField() {
        CheckIn c = CheckIn.on(TODAY, 3).areas(Set.of("elbow")).factors(Set.of("walking", "cake"))
                .redFlags(Set.of("alien-abduction")).build();
        List<FieldProblem> problems = validator.problems(c);
        assertThat(problems).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder(CheckInField.AREAS, CheckInField.FACTORS, CheckInField.RED_FLAGS);
        assertThat(problems.toString()).contains("elbow").contains("cake").contains("alien-abduction")
                .doesNotContain("unknown id walking");
    }

    @Test
    void worstPainCannotBeBelowPainNow() {
        assertThat(validator.problems(CheckIn.on(TODAY, 6).painWorst(4).build()))
                .extracting(FieldProblem::field).containsExactly(CheckInField.PAIN_WORST);
    }

    @Test
    void noteLimitCountsCharactersNotUtf16Units() {
        String emoji4000 = "😖".repeat(CheckIn.MAX_NOTE_CHARS);
        assertThat(validator.problems(CheckIn.on(TODAY, 3).note(emoji4000).build())).isEmpty();
        assertThat(validator.problems(CheckIn.on(TODAY, 3).note(emoji4000 + "x").build()))
                .extracting(FieldProblem::field).containsExactly(CheckInField.NOTE);
    }

    @Test
    void unknownMilestonesAreRefused() {
        assertThat(validator.problems(CheckIn.on(TODAY, 3).milestones(Set.of("ran-marathon")).build()))
                .extracting(FieldProblem::field).containsExactly(CheckInField.MILESTONES);
    }

    @Test
    void exerciseLogEntriesAreCheckedFieldByField() {
        assertThat(validator.problems(new ExerciseLogEntry("cat-cow", TODAY.atTime(9, 0), 1, 12, null, 3))).isEmpty();
        var problems = validator.problems(new ExerciseLogEntry("moonwalk", TODAY.plusDays(1).atTime(9, 0), 0, 900,
                0, 11));
        assertThat(problems).extracting(InvalidExerciseLogException.Problem::field).containsExactlyInAnyOrder(
                ExerciseLogField.EXERCISE, ExerciseLogField.TIME, ExerciseLogField.SETS, ExerciseLogField.REPS,
                ExerciseLogField.HOLD_SECONDS, ExerciseLogField.PAIN_DURING);
        assertThat(problems.toString()).contains("unknown exercise 'moonwalk'").contains("pain during the exercise");
    }

    private static CheckIn set(CheckInField field, int value) {
        UnaryOperator<CheckIn.Builder> edit = switch (field) {
            case PAIN_NOW -> b -> b.painNow(value);
            case PAIN_WORST -> b -> b.painWorst(value);
            case SPASMS -> b -> b.spasms(value);
            case WALK_MINUTES -> b -> b.walkMinutes(value);
            case SITTING_MAX_MINUTES -> b -> b.sittingMaxMinutes(value);
            case STRESS -> b -> b.stress(value);
            case SLEEP -> b -> b.sleep(value);
            default -> throw new IllegalArgumentException(field.name());
        };
        return edit.apply(CheckIn.on(TODAY, 5)).build();
    }
}
