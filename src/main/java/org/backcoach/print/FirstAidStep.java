package org.backcoach.print;

import java.util.List;

/** One first-aid step of the flare-up plan: a short title and its points. */
public record FirstAidStep(String title, List<String> points) {

    public FirstAidStep {
        points = List.copyOf(points);
    }
}
