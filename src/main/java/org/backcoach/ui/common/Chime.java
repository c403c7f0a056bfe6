package org.backcoach.ui.common;

/**
 * A short, soft sound for moments that deserve one (a hold starts, a rep, a rest, a reminder).
 * The app uses {@link SynthChime}; tests and headless runs use {@link #silent()}. Muting is the
 * caller's business: a muted screen simply does not call {@link #play}.
 */
public interface Chime {

    /** Which sound: each is a different gentle tone so the ear learns them. */
    enum Tone {
        /** Work begins: one clear tone. */
        GO,
        /** The next repetition: a short, quieter tick. */
        REP,
        /** Work ends: a lower tone. */
        REST,
        /** Exercise done: two rising notes. */
        DONE,
        /** A gentle nudge, e.g. a movement-break reminder: two soft falling notes. */
        NUDGE
    }

    /** Plays without blocking the caller; never throws. */
    void play(Tone tone);

    static Chime silent() {
        return tone -> { };
    }
}
