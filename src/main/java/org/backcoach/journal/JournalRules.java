package org.backcoach.journal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides what the journal accepts: check-ins and exercise-log entries. Factor, red-flag and
 * exercise ids come from the content bundle in use, so a clinician's bundle defines what can be logged.
 */
public final class JournalRules {

    /** Before this, a date is almost certainly a typo (and long before the app existed). */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);
    public static final int MAX_MINUTES = 24 * 60;
    public static final int MAX_SPASMS = 500;

    private final Set<String> factorIds;
    private final Set<String> redFlagIds;
    private final Set<String> exerciseIds;
    /** The ids each item set of a check-in may hold. */
    private final Map<CheckInField, Set<String>> knownIds = new EnumMap<>(CheckInField.class);
    private final Clock clock;

    public JournalRules(Set<String> factorIds, Set<String> redFlagIds, Set<String> exerciseIds, Clock clock) {
        this.factorIds = Set.copyOf(factorIds);
        this.redFlagIds = Set.copyOf(redFlagIds);
        this.exerciseIds = Set.copyOf(exerciseIds);
        this.clock = clock;
        knownIds.put(CheckInField.AREAS, Set.copyOf(PainAreas.IDS));
        knownIds.put(CheckInField.FACTORS, this.factorIds);
        knownIds.put(CheckInField.RED_FLAGS, this.redFlagIds);
        knownIds.put(CheckInField.MILESTONES, Set.copyOf(Milestones.IDS));
        for (CheckInField field : CheckInField.values()) {
            if (field.kind() == FieldFormat.Kind.ITEMS && !knownIds.containsKey(field)) {
                throw new IllegalStateException("the journal's rules do not say which ids " + field + " may hold");
            }
        }
    }

    public List<FieldProblem> problems(CheckIn c) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (c.date() == null) {
            problems.add(new FieldProblem(CheckInField.DATE, "is required"));
        } else if (c.date().isAfter(today)) {
            problems.add(new FieldProblem(CheckInField.DATE, c.date() + " is in the future; today is " + today));
        } else if (c.date().isBefore(EARLIEST_DATE)) {
            problems.add(new FieldProblem(CheckInField.DATE, c.date() + " is before " + EARLIEST_DATE));
        }
        // Numbers, then id sets, then text, each in the table's order: the order the messages have always had.
        for (CheckInField field : CheckInField.values()) {
            if (field.kind().isNumber()) {
                range(problems, field, (Integer) field.get(c));
            }
            if (field == CheckInField.PAIN_WORST) {
                worstNotBelowNow(problems, c);
            }
        }
        for (CheckInField field : CheckInField.values()) {
            if (field.kind() == FieldFormat.Kind.ITEMS) {
                known(problems, field, (Set<?>) field.get(c), knownIds.get(field));
            }
        }
        for (CheckInField field : CheckInField.values()) {
            if (field.kind() == FieldFormat.Kind.TEXT) {
                text(problems, field, (String) field.get(c));
            }
        }
        return problems;
    }

    /**
     * Any text is welcome in a note (every language, emoji, quotes, line breaks and tabs), but not
     * control codes: a terminal would obey them when the note is listed, and no font can print
     * them. A lone half of a surrogate pair is not text at all and could not be stored as written.
     */
    static Optional<String> unprintable(String text) {
        for (int i = 0, position = 1; i < text.length(); position++) {
            int cp = text.codePointAt(i);
            boolean control = Character.getType(cp) == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r';
            if (control) {
                return Optional.of("contains a control character (U+%04X) at character %d; line breaks and tabs are fine, control codes are not"
                        .formatted(cp, position));
            }
            if (Character.isSurrogate((char) cp)) {
                return Optional.of("contains a broken character at character %d (half of an emoji or symbol)"
                        .formatted(position));
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }

    public void check(CheckIn c) throws InvalidCheckInException {
        List<FieldProblem> problems = problems(c);
        if (!problems.isEmpty()) {
            throw new InvalidCheckInException(problems);
        }
    }

    public List<InvalidExerciseLogException.Problem> problems(ExerciseLogEntry e) {
        List<InvalidExerciseLogException.Problem> problems = new ArrayList<>();
        if (e.exerciseId() == null || !exerciseIds.contains(e.exerciseId())) {
            problems.add(new InvalidExerciseLogException.Problem(ExerciseLogField.EXERCISE,
                    "unknown exercise '" + e.exerciseId() + "'; known: " + String.join(", ", new TreeSet<>(exerciseIds))));
        }
        if (e.doneAt() == null) {
            problems.add(new InvalidExerciseLogException.Problem(ExerciseLogField.TIME, "is required"));
        } else if (e.doneAt().isAfter(LocalDateTime.now(clock))) {
            problems.add(new InvalidExerciseLogException.Problem(ExerciseLogField.TIME, e.doneAt() + " is in the future"));
        } else if (e.date().isBefore(EARLIEST_DATE)) {
            problems.add(new InvalidExerciseLogException.Problem(ExerciseLogField.TIME, e.doneAt() + " is before " + EARLIEST_DATE));
        }
        logRange(problems, ExerciseLogField.SETS, e.sets(), 1, ExerciseLogEntry.MAX_SETS);
        logRange(problems, ExerciseLogField.REPS, e.reps(), 1, ExerciseLogEntry.MAX_REPS);
        logRange(problems, ExerciseLogField.HOLD_SECONDS, e.holdSeconds(), 1, ExerciseLogEntry.MAX_HOLD_SECONDS);
        logRange(problems, ExerciseLogField.PAIN_DURING, e.painDuring(), 0, 10);
        return problems;
    }

    public void check(ExerciseLogEntry entry) throws InvalidExerciseLogException {
        List<InvalidExerciseLogException.Problem> problems = problems(entry);
        if (!problems.isEmpty()) {
            throw new InvalidExerciseLogException(problems);
        }
    }

    /** What is wrong with a safety review; an import checks these, the app refuses them as bugs. */
    public List<String> problems(SafetyReview review) {
        List<String> problems = new ArrayList<>();
        if (review.kind() == null || review.at() == null) {
            problems.add("a safety review needs a kind and a time");
            return problems;
        }
        if (review.at().isAfter(LocalDateTime.now(clock))) {
            problems.add("the time " + review.at() + " is in the future");
        } else if (review.date().isBefore(EARLIEST_DATE)) {
            problems.add("the time " + review.at() + " is before " + EARLIEST_DATE);
        }
        Set<String> unknown = new TreeSet<>(review.redFlags());
        unknown.removeAll(redFlagIds);
        if (!unknown.isEmpty()) {
            problems.add("unknown red flag ids " + String.join(", ", unknown));
        }
        return problems;
    }

    /** Safety reviews come from the app, never typed in, so a bad one is a bug: refuse it loudly. */
    public void check(SafetyReview review) {
        List<String> problems = problems(review);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("safety review refused: " + String.join("; ", problems));
        }
    }

    private static void logRange(List<InvalidExerciseLogException.Problem> problems, ExerciseLogField field,
                                 Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            problems.add(new InvalidExerciseLogException.Problem(field,
                    "must be between %d and %d, not %d".formatted(min, max, value)));
        }
    }

    public Set<String> factorIds() {
        return factorIds;
    }

    public Set<String> redFlagIds() {
        return redFlagIds;
    }

    /** Checked only when both are on the scale, so a typo in either gets one message, not two. */
    private static void worstNotBelowNow(List<FieldProblem> problems, CheckIn c) {
        if (c.painWorst() != null && c.painWorst() < c.painNow() && c.painNow() <= CheckInField.PAIN_NOW.max()
                && c.painWorst() >= CheckInField.PAIN_WORST.min()) {
            problems.add(new FieldProblem(CheckInField.PAIN_WORST, "%d is lower than pain now (%d); the worst pain of the day is at least pain now"
                    .formatted(c.painWorst(), c.painNow())));
        }
    }

    private static void range(List<FieldProblem> problems, CheckInField field, Integer value) {
        if (value != null && (value < field.min() || value > field.max())) {
            problems.add(new FieldProblem(field, "must be between %d and %d, not %d"
                    .formatted(field.min(), field.max(), value)));
        }
    }

    /** Text is limited in characters as a person counts them, and may hold no control codes. */
    private static void text(List<FieldProblem> problems, CheckInField field, String text) {
        int chars = text.codePointCount(0, text.length());
        if (chars > field.max()) {
            problems.add(new FieldProblem(field, "is %d characters; the limit is %d".formatted(chars, field.max())));
        }
        unprintable(text).ifPresent(p -> problems.add(new FieldProblem(field, p)));
    }

    private static void known(List<FieldProblem> problems, CheckInField field, Set<?> ids, Set<String> known) {
        Set<String> unknown = new TreeSet<>();
        ids.forEach(id -> unknown.add((String) id));
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            problems.add(new FieldProblem(field, "unknown id%s %s; known: %s".formatted(
                    unknown.size() == 1 ? "" : "s", String.join(", ", unknown), String.join(", ", new TreeSet<>(known)))));
        }
    }
}
