package org.backcoach.content;

import java.util.List;
import java.util.Optional;

/**
 * A recovery phase such as "calm" or "walk"; {@code number} orders them from acute to prevention.
 * {@code focus} is what matters most now, {@code stepIds} the guided steps to show, and
 * {@code advance} what it takes to move on (empty for the last phase).
 */
public record Phase(String id, int number, String title, String summary, List<String> focus, List<String> stepIds,
                    MovementGoal movementGoal, Optional<PhaseAdvance> advance, String source) {

    public Phase {
        focus = List.copyOf(focus);
        stepIds = List.copyOf(stepIds);
    }
}
