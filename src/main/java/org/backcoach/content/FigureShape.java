package org.backcoach.content;

/**
 * One stroke of a {@link Figure}. Angles are in degrees, counter-clockwise from 3 o'clock, as in
 * JavaFX's Arc; renderers for other targets convert.
 */
public sealed interface FigureShape permits FigureShape.Line, FigureShape.Circle, FigureShape.Arc {

    /** How a stroke is drawn: the person's body, the ground or wall, an object, or a motion cue. */
    enum Style { BODY, GROUND, PROP, MOTION }

    Style style();

    record Line(double x1, double y1, double x2, double y2, Style style) implements FigureShape {
    }

    /** A head, a ball, a roller seen end-on. */
    record Circle(double cx, double cy, double r, Style style) implements FigureShape {
    }

    /** A curved back or a motion arrow; {@code extent} may be negative (clockwise). */
    record Arc(double cx, double cy, double r, double startAngle, double extent, Style style) implements FigureShape {
    }
}
