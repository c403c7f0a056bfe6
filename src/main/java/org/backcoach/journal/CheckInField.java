package org.backcoach.journal;

/** The fields of a check-in, named the way a person reads them, for messages about bad input. */
public enum CheckInField {
    DATE("date"),
    PAIN_NOW("pain now"),
    PAIN_WORST("worst pain"),
    SPASMS("spasms"),
    AREAS("pain areas"),
    WALK_MINUTES("minutes walked"),
    SITTING_MAX_MINUTES("longest sitting spell"),
    MOVEMENT_BREAKS("movement breaks"),
    FACTORS("factors"),
    STRESS("stress"),
    SLEEP("sleep quality"),
    RED_FLAGS("red flags"),
    MILESTONES("milestones"),
    NOTE("note");

    private final String label;

    CheckInField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
