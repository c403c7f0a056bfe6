package org.backcoach.content;

import java.util.List;

/**
 * The bundle in use and where it came from. When a requested bundle was broken, {@code problems}
 * says why, and {@code bundle} is the built-in one the app fell back to.
 */
public record ActiveContent(Bundle bundle, String origin, List<BundleProblem> problems) {

    public static final String BUILT_IN = "built-in";

    public ActiveContent {
        problems = List.copyOf(problems);
    }

    public boolean fellBack() {
        return !problems.isEmpty();
    }

    public boolean isBuiltIn() {
        return BUILT_IN.equals(origin);
    }
}
