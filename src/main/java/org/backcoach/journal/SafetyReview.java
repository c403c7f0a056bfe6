package org.backcoach.journal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A moment in the red-flag safety story, kept apart from the day's check-in: the first-start
 * screening was answered ({@link Kind#SCREENING}), or the person confirmed they have sought care
 * for the red flags they had answered yes ({@link Kind#SOUGHT_CARE}), which lifts the exercise stop.
 */
public record SafetyReview(Kind kind, LocalDateTime at, SortedSet<String> redFlags) {

    public enum Kind {
        SCREENING("screening"),
        SOUGHT_CARE("sought-care");

        private final String dbName;

        Kind(String dbName) {
            this.dbName = dbName;
        }

        public String dbName() {
            return dbName;
        }

        static Kind fromDb(String name) {
            for (Kind kind : values()) {
                if (kind.dbName.equals(name)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown safety review kind " + name);
        }
    }

    public SafetyReview {
        at = at == null ? null : at.truncatedTo(ChronoUnit.SECONDS);
        redFlags = Collections.unmodifiableSortedSet(redFlags == null ? new TreeSet<>() : new TreeSet<>(redFlags));
    }

    public static SafetyReview screening(LocalDateTime at, Set<String> answeredYes) {
        return new SafetyReview(Kind.SCREENING, at, new TreeSet<>(answeredYes));
    }

    public static SafetyReview soughtCare(LocalDateTime at, Set<String> redFlags) {
        return new SafetyReview(Kind.SOUGHT_CARE, at, new TreeSet<>(redFlags));
    }

    public LocalDate date() {
        return at.toLocalDate();
    }
}
