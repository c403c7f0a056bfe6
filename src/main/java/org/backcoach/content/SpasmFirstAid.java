package org.backcoach.content;

import java.util.List;
import java.util.Optional;

/** The "Spasm now" flow: calm steps for the moment a spasm strikes, and a closing word. */
public record SpasmFirstAid(String title, String intro, List<Step> steps, SourcedText closing) {

    public SpasmFirstAid {
        steps = List.copyOf(steps);
    }

    /**
     * One step of the flow. {@code timerSeconds} is 0 when the step has no timer; {@code breathing}
     * paces the breath while the timer runs.
     */
    public record Step(String id, String title, List<String> text, int timerSeconds, Optional<Breathing> breathing,
                       String source) {
        public Step {
            text = List.copyOf(text);
        }

        public boolean hasTimer() {
            return timerSeconds > 0;
        }
    }

    /** Seconds to breathe in and to breathe out. */
    public record Breathing(int inSeconds, int outSeconds) {
    }
}
