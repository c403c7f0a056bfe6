package org.backcoach.journal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/** A journal in a temp folder with a fixed "today", and the ids of the built-in bundle. */
public final class JournalFixtures {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    public static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 30).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());
    public static final Set<String> FACTORS = Set.of("walking", "stretching", "heat", "manual-therapy", "acupuncture",
            "pain-medication", "lying-flat", "position-changes", "rest", "long-sitting", "soft-couch", "lifting",
            "stress", "sugar-alcohol", "poor-sleep", "high-impact");
    public static final Set<String> RED_FLAGS = Set.of("sudden-severe-after-injury", "bladder-bowel-control",
            "saddle-numbness", "fever-chills", "leg-numbness-weakness", "pain-below-knee", "night-pain",
            "unexplained-weight-loss", "not-improving");

    public static final Set<String> EXERCISES = Set.of("foam-roll-glutes-sacrum", "foam-roll-thoracic",
            "foam-roll-glutes-piriformis", "massage-ball-trigger-points", "cat-cow", "childs-pose", "knee-to-chest",
            "pelvic-tilts", "supine-twist", "plank", "bird-dog", "dead-bug", "glute-bridge", "clam-shell", "band-walk");

    private JournalFixtures() {
    }

    public static JournalRules validator() {
        return new JournalRules(FACTORS, RED_FLAGS, EXERCISES, CLOCK);
    }

    public static Journal open(Path dir) {
        return Journal.open(dir.resolve("journal.db"), validator(), CLOCK);
    }

    /** A check-in with every field filled in. */
    public static CheckIn full(LocalDate date) {
        return CheckIn.on(date, 6).painWorst(8).spasms(3).areas(Set.of("lower-back", "thighs")).walkMinutes(20)
                .sittingMaxMinutes(90).movementBreaks(5).factors(Set.of("walking", "long-sitting")).stress(4).sleep(6)
                .milestones(Set.of("stood-straight")).note("Stiff in the morning; better after a walk.").build();
    }
}
