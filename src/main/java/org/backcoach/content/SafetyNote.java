package org.backcoach.content;

/** A general safety precaution shown with every exercise list and sheet. */
public record SafetyNote(String id, String text, String source) {
}
