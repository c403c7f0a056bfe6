package org.backcoach.content;

/** A recovery phase such as "calm" or "walk"; {@code number} orders them from acute to prevention. */
public record Phase(String id, int number, String title, String summary, String source) {
}
