package org.backcoach.content;

import java.util.Map;

/**
 * The coach's sentences, with {placeholders}. {@code reasons} is keyed by decision kind (e.g.
 * "advanced"), {@code milestones} by milestone id, {@code words} holds small glue words ("and",
 * "yesterday") so that a bundle in another language can say everything in its own words.
 */
public record CoachText(Map<String, String> reasons, Map<String, String> milestones, Map<String, String> words,
                        String exercisePainKind, String source) {

    public CoachText {
        reasons = Map.copyOf(reasons);
        milestones = Map.copyOf(milestones);
        words = Map.copyOf(words);
    }

    public String reason(String key) {
        return reasons.getOrDefault(key, key);
    }

    public String milestone(String id) {
        return milestones.getOrDefault(id, id);
    }

    public String word(String key) {
        return words.getOrDefault(key, key);
    }
}
