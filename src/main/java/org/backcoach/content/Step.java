package org.backcoach.content;

import java.util.List;

/** One of the guided self-care steps, with its guidance paragraphs. */
public record Step(String id, int number, String title, String summary, List<String> guidance, String source) {
    public Step {
        guidance = List.copyOf(guidance);
    }
}
