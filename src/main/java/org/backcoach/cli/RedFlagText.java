package org.backcoach.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.backcoach.content.Bundle;
import org.backcoach.content.RedFlag;

/** The "seek care" message printed whenever a red-flag answer is yes. Urgent ones come first. */
final class RedFlagText {

    private RedFlagText() {
    }

    static List<String> seekCare(Set<String> yesIds, Bundle bundle) {
        List<RedFlag> flags = yesIds.stream().flatMap(id -> bundle.redFlag(id).stream())
                .sorted(Comparator.comparing(RedFlag::urgency)).toList();
        List<String> lines = new ArrayList<>();
        if (flags.isEmpty()) {
            return lines;
        }
        lines.add("");
        lines.add("!! SEEK CARE: please do not start the exercises until a clinician has seen you.");
        for (RedFlag flag : flags) {
            String when = flag.urgency() == RedFlag.Urgency.URGENT ? "URGENT, go now" : "book a visit within days";
            lines.add("!! " + flag.question() + " You answered yes (" + when + ").");
            lines.add("   " + flag.advice());
        }
        return lines;
    }
}
