package org.backcoach.content;

import java.util.List;

/**
 * A simple line drawing of an exercise, in a {@code width} × {@code height} box with y pointing
 * down. {@code scene} is drawn always (floor, wall, roller); {@code start} is the starting pose and
 * {@code end}, when not empty, the pose to move into. The same data is drawn on screen and in PDFs.
 */
public record Figure(double width, double height, List<FigureShape> scene, List<FigureShape> start,
                     List<FigureShape> end) {

    public Figure {
        scene = List.copyOf(scene);
        start = List.copyOf(start);
        end = List.copyOf(end);
    }

    public boolean hasEndPose() {
        return !end.isEmpty();
    }
}
