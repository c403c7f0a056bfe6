package org.backcoach.settings;

/**
 * Where the main window was, in screen coordinates, and whether it was maximised. The size and
 * position are those of the normal (not maximised) window, so un-maximising restores them.
 */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    public WindowBounds {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !(width > 0) || !(height > 0)
                || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("window bounds must be finite with a positive size");
        }
    }
}
