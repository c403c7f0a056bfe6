package org.backcoach.journal;

import java.util.List;

/**
 * Function milestones a check-in can record ("I stood up straight today"). Fixed ids: the coach's
 * phase rules and the progress timeline rely on them; the questions' wording is content.
 */
public final class Milestones {

    public static final String STOOD_STRAIGHT = "stood-straight";
    public static final String WALKED_10_MIN = "walked-10-min";
    public static final String OUT_OF_BED_UNAIDED = "out-of-bed-unaided";
    public static final String SOCKS_UNAIDED = "socks-unaided";
    public static final String SAT_30_MIN = "sat-30-min";
    public static final String SLEPT_THROUGH = "slept-through";

    public static final List<String> IDS = List.of(
            STOOD_STRAIGHT, WALKED_10_MIN, OUT_OF_BED_UNAIDED, SOCKS_UNAIDED, SAT_30_MIN, SLEPT_THROUGH);

    private Milestones() {
    }
}
