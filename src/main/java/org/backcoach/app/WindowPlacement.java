package org.backcoach.app;

import java.util.List;
import java.util.Optional;
import org.backcoach.settings.WindowBounds;

/**
 * Where to put the window on start, from where it was last time and the screens there are now.
 * A window whose title bar would be off every screen (a monitor was unplugged, the resolution
 * changed) is not restored there: the caller centres it instead. Plain Java, tested without a display.
 */
final class WindowPlacement {

    /** A screen's usable area (without task bars), in the same coordinates as the window. */
    record Area(double x, double y, double width, double height) {
        boolean isEmpty() {
            return width <= 0 || height <= 0;
        }

        Area intersect(Area other) {
            double left = Math.max(x, other.x);
            double top = Math.max(y, other.y);
            double right = Math.min(x + width, other.x + other.width);
            double bottom = Math.min(y + height, other.y + other.height);
            return new Area(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
        }
    }

    /** How much of the title bar must be on a screen for the person to grab it. */
    static final double GRAB_WIDTH = 120;
    static final double GRAB_HEIGHT = 24;
    static final double TITLE_BAR = 40;

    private WindowPlacement() {
    }

    /**
     * The saved bounds moved and shrunk just enough to sit wholly on the screen that shows its
     * title bar; empty when no screen shows enough of it.
     */
    static Optional<WindowBounds> restore(WindowBounds saved, List<Area> screens) {
        Area titleBar = new Area(saved.x(), saved.y(), saved.width(), TITLE_BAR);
        Area best = null;
        double bestOverlap = 0;
        for (Area screen : screens) {
            Area overlap = titleBar.intersect(screen);
            if (overlap.width() >= GRAB_WIDTH && overlap.height() >= GRAB_HEIGHT
                    && overlap.width() * overlap.height() > bestOverlap) {
                best = screen;
                bestOverlap = overlap.width() * overlap.height();
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        double width = Math.min(saved.width(), best.width());
        double height = Math.min(saved.height(), best.height());
        double x = clamp(saved.x(), best.x(), best.x() + best.width() - width);
        double y = clamp(saved.y(), best.y(), best.y() + best.height() - height);
        return Optional.of(new WindowBounds(x, y, width, height, saved.maximized()));
    }

    /** A size that fits on {@code screen}: the wanted one, or smaller. */
    static double[] fitSize(double width, double height, Area screen) {
        return new double[] {Math.min(width, screen.width()), Math.min(height, screen.height())};
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
