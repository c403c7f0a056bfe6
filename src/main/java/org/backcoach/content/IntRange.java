package org.backcoach.content;

/** A whole-number range such as "10–20 minutes"; {@code min} may equal {@code max}. */
public record IntRange(int min, int max) {

    /** "10–20", or "30" when both ends are the same. */
    public String describe() {
        return min == max ? Integer.toString(min) : min + "–" + max;
    }
}
