package org.backcoach.content;

/**
 * Fixed phrases by key (such as {@code dose.reps}), filled in with arguments, in one language: the
 * window's messages or the printed labels. Lets content describe itself without knowing the language.
 */
@FunctionalInterface
public interface Wording {

    String get(String key, Object... args);
}
