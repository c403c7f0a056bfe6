package org.backcoach.insights;

import java.time.LocalDate;
import java.util.Optional;

/** The spans the progress charts can show, each ending today. */
public enum ChartRange {
    TWO_WEEKS, SIX_WEEKS, THREE_MONTHS, ALL;

    /** The first day shown; for ALL the first day with any data (or today when there is none). */
    public LocalDate from(LocalDate today, Optional<LocalDate> firstData) {
        return switch (this) {
            case TWO_WEEKS -> today.minusDays(13);
            case SIX_WEEKS -> today.minusDays(41);
            case THREE_MONTHS -> today.minusMonths(3).plusDays(1);
            case ALL -> firstData.filter(d -> d.isBefore(today)).orElse(today);
        };
    }
}
