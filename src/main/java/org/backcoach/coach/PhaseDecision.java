package org.backcoach.coach;

import java.time.LocalDate;
import java.util.Optional;
import org.backcoach.content.Phase;

/**
 * The phase for one day, how it was reached, and why in plain words ("Stand tall and walk,
 * because you walked 10 minutes yesterday and your pain was 4/10.").
 *
 * @param evidenceDay the check-in day the decision rests on; empty when there was none
 */
public record PhaseDecision(Phase phase, Kind kind, String reason, Optional<LocalDate> evidenceDay) {

    /** How the day's phase came about. */
    public enum Kind {
        /** No check-ins yet: the bundle's start phase. */
        START,
        /** Moved on one phase. */
        ADVANCED,
        /** Stayed where it was. */
        STAYED,
        /** Moved back one phase (or stayed at the first) after exercise pain or a rise in pain. */
        STEPPED_BACK,
        /** Held at or below the high-pain limit because pain now is high. */
        CAPPED
    }
}
