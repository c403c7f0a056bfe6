package org.backcoach.content;

/** A body region of the pain map; the ids are fixed by the journal, the label is content. */
public record Area(String id, String label, String source) {
}
