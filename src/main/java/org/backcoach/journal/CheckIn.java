package org.backcoach.journal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How one day went. Only the date and pain now are required; every other measure may be left out
 * (null) when the person did not record it. Id sets are sorted so output is stable.
 */
public record CheckIn(
        LocalDate date,
        int painNow,
        Integer painWorst,
        Integer spasms,
        SortedSet<String> areas,
        Integer walkMinutes,
        Integer sittingMaxMinutes,
        Integer movementBreaks,
        SortedSet<String> factors,
        Integer stress,
        Integer sleep,
        SortedSet<String> redFlags,
        SortedSet<String> milestones,
        String note) {

    public static final int MAX_NOTE_CHARS = 4000;
    /** More breaks than this in one day is a typo (one every ten minutes for 16 hours is 96). */
    public static final int MAX_MOVEMENT_BREAKS = 100;

    public CheckIn {
        areas = frozen(areas);
        factors = frozen(factors);
        redFlags = frozen(redFlags);
        milestones = frozen(milestones);
        note = note == null ? "" : note;
    }

    public static Builder on(LocalDate date, int painNow) {
        return new Builder(date, painNow);
    }

    /** A builder holding every field of this check-in; {@link CheckInField} lists them, so none is left out. */
    public Builder toBuilder() {
        Builder builder = new Builder(date, painNow);
        for (CheckInField field : CheckInField.values()) {
            field.set(builder, field.get(this));
        }
        return builder;
    }

    public OptionalInt worst() {
        return painWorst == null ? OptionalInt.empty() : OptionalInt.of(painWorst);
    }

    public Optional<String> noteText() {
        return note.isBlank() ? Optional.empty() : Optional.of(note);
    }

    private static SortedSet<String> frozen(Set<String> ids) {
        return Collections.unmodifiableSortedSet(ids == null ? new TreeSet<>() : new TreeSet<>(ids));
    }

    /** Fluent construction for the form and the command line, where most fields are optional. */
    public static final class Builder {
        private LocalDate date;
        private int painNow;
        private Integer painWorst;
        private Integer spasms;
        private Set<String> areas = Set.of();
        private Integer walkMinutes;
        private Integer sittingMaxMinutes;
        private Integer movementBreaks;
        private Set<String> factors = Set.of();
        private Integer stress;
        private Integer sleep;
        private Set<String> redFlags = Set.of();
        private Set<String> milestones = Set.of();
        private String note = "";

        private Builder(LocalDate date, int painNow) {
            this.date = date;
            this.painNow = painNow;
        }

        public Builder date(LocalDate value) { this.date = value; return this; }
        public Builder painNow(int value) { this.painNow = value; return this; }
        public Builder painWorst(Integer value) { this.painWorst = value; return this; }
        public Builder spasms(Integer value) { this.spasms = value; return this; }
        public Builder areas(Set<String> value) { this.areas = value; return this; }
        public Builder walkMinutes(Integer value) { this.walkMinutes = value; return this; }
        public Builder sittingMaxMinutes(Integer value) { this.sittingMaxMinutes = value; return this; }
        public Builder movementBreaks(Integer value) { this.movementBreaks = value; return this; }
        public Builder factors(Set<String> value) { this.factors = value; return this; }
        public Builder stress(Integer value) { this.stress = value; return this; }
        public Builder sleep(Integer value) { this.sleep = value; return this; }
        public Builder redFlags(Set<String> value) { this.redFlags = value; return this; }
        public Builder milestones(Set<String> value) { this.milestones = value; return this; }
        public Builder note(String value) { this.note = value; return this; }

        public CheckIn build() {
            return new CheckIn(date, painNow, painWorst, spasms, new TreeSet<>(areas), walkMinutes,
                    sittingMaxMinutes, movementBreaks, new TreeSet<>(factors), stress, sleep, new TreeSet<>(redFlags),
                    new TreeSet<>(milestones), note);
        }
    }
}
