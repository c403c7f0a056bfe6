package org.backcoach.cli;

import java.util.ArrayList;
import java.util.List;
import org.backcoach.content.Bundle;
import org.backcoach.content.Factor;
import org.backcoach.journal.CheckIn;

/** Plain-text lines describing a check-in, for the terminal. */
final class CheckInText {

    private CheckInText() {
    }

    static List<String> details(CheckIn c, Bundle bundle) {
        List<String> lines = new ArrayList<>();
        lines.add("pain now " + c.painNow() + "/10" + (c.painWorst() == null ? "" : ", worst " + c.painWorst() + "/10"));
        optional(lines, "spasms", c.spasms(), "");
        if (!c.areas().isEmpty()) {
            lines.add("areas: " + String.join(", ", c.areas().stream().map(bundle::areaLabel).toList()));
        }
        optional(lines, "walked", c.walkMinutes(), " min");
        optional(lines, "longest sitting spell", c.sittingMaxMinutes(), " min");
        optional(lines, "movement breaks", c.movementBreaks(), "");
        if (!c.factors().isEmpty()) {
            lines.add("factors: " + String.join(", ", c.factors().stream()
                    .map(id -> bundle.factor(id).map(Factor::label).orElse(id)).toList()));
        }
        optional(lines, "stress", c.stress(), "/10");
        optional(lines, "sleep", c.sleep(), "/10");
        if (!c.redFlags().isEmpty()) {
            lines.add("red flags answered yes: " + String.join(", ", c.redFlags()));
        }
        if (!c.milestones().isEmpty()) {
            lines.add("milestones: " + String.join(", ", c.milestones()));
        }
        c.noteText().ifPresent(note -> lines.add("note: " + note));
        return lines;
    }

    private static void optional(List<String> lines, String label, Integer value, String unit) {
        if (value != null) {
            lines.add(label + " " + value + unit);
        }
    }
}
