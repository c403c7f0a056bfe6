package org.backcoach.content;

/** A piece of text and where it comes from (a seed file name or a guideline). */
public record SourcedText(String text, String source) {
}
