package org.backcoach.journal;

import java.util.List;

/** The body-map regions a check-in can name. Fixed ids: charts, insights and exports rely on them. */
public final class PainAreas {

    public static final List<String> IDS = List.of(
            "neck", "shoulders", "upper-back", "mid-back", "lower-back", "hips-glutes", "thighs", "below-knee");

    private PainAreas() {
    }
}
