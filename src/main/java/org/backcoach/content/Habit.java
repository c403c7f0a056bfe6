package org.backcoach.content;

/** An everyday habit that protects the back (desk setup, movement breaks, ...). */
public record Habit(String id, String title, String text, String source) {
}
