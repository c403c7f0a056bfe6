package org.backcoach.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.backcoach.content.Figure;
import org.backcoach.content.FigureShape;
import org.backcoach.settings.PaperSize;
import org.junit.jupiter.api.Test;

/** The figure renderer follows the model's conventions: y down, JavaFX Arc angles. */
class FigureDrawingTest {

    private static final float X = 100;
    private static final float Y = 100;
    private static final float SIZE = 200;
    /** A square figure in a 200 pt column gets a panel of the largest allowed height, centred in it. */
    private static final float HEIGHT = FigureDrawing.height(Optional.of(new Figure(100, 100, List.of(),
            List.of(new FigureShape.Circle(1, 1, 1, FigureShape.Style.BODY)), List.of())), SIZE);

    /** Draws one pose of a 100 × 100 figure in a 200 pt wide column at (100, 100) on an A4 page. */
    private static PdfCheck drawn(FigureShape... shapes) throws Exception {
        Figure figure = new Figure(100, 100, List.of(), List.of(shapes), List.of());
        try (PdfCanvas canvas = new PdfCanvas(PaperSize.A4, "figure", "en")) {
            canvas.newPage();
            FigureDrawing.draw(canvas, new PrintText(java.util.Locale.ENGLISH), Optional.of(figure), X, Y, SIZE);
            return PdfCheck.of(canvas.toBytes());
        }
    }

    @Test
    void anArcFromThreeOClockCounterClockwiseGoesUpAndLeft() throws Exception {
        // Quarter arc from 3 o'clock to 12 o'clock (counter-clockwise, as JavaFX draws it): top-right quadrant.
        try (PdfCheck check = drawn(new FigureShape.Arc(50, 50, 40, 0, 90, FigureShape.Style.BODY))) {
            float midX = X + SIZE / 2;
            float midY = Y + HEIGHT / 2;
            long topRight = inkIn(check, midX + 5, Y + 5, X + SIZE - 5, midY - 5);
            long bottomRight = inkIn(check, midX + 5, midY + 5, X + SIZE - 5, Y + HEIGHT - 5);
            long topLeft = inkIn(check, X + 5, Y + 5, midX - 5, midY - 5);
            assertThat(topRight).isGreaterThan(40);
            assertThat(bottomRight).isZero();
            assertThat(topLeft).isZero();
        }
    }

    @Test
    void aNegativeExtentRunsClockwise() throws Exception {
        try (PdfCheck check = drawn(new FigureShape.Arc(50, 50, 40, 0, -90, FigureShape.Style.BODY))) {
            float midX = X + SIZE / 2;
            float midY = Y + HEIGHT / 2;
            assertThat(inkIn(check, midX + 5, midY + 5, X + SIZE - 5, Y + HEIGHT - 5)).isGreaterThan(40);
            assertThat(inkIn(check, midX + 5, Y + 5, X + SIZE - 5, midY - 5)).isZero();
        }
    }

    @Test
    void yPointsDownAsInTheModel() throws Exception {
        // A line along the bottom of the figure box ends up at the bottom of the panel.
        try (PdfCheck check = drawn(new FigureShape.Line(10, 90, 90, 90, FigureShape.Style.GROUND))) {
            assertThat(inkIn(check, X + 20, Y + HEIGHT * 0.8f, X + SIZE - 20, Y + HEIGHT - 2)).isGreaterThan(50);
            assertThat(inkIn(check, X + 20, Y + 2, X + SIZE - 20, Y + HEIGHT * 0.5f)).isZero();
        }
    }

    @Test
    void shapesOutsideTheBoxAreClippedToThePanel() throws Exception {
        try (PdfCheck check = drawn(new FigureShape.Line(-900, 50, 900, 50, FigureShape.Style.BODY))) {
            assertThat(inkIn(check, 0, Y + 80, X - 2, Y + 120)).isZero();
            assertThat(inkIn(check, X + SIZE + 2, Y + 80, 595, Y + 120)).isZero();
        }
    }

    /** Ink in a rectangle of the first page, in points from the top-left, ignoring the panel's border. */
    private static long inkIn(PdfCheck check, float left, float top, float right, float bottom) {
        var image = check.render(0, 72);
        long count = 0;
        for (int y = (int) top; y < (int) bottom; y++) {
            for (int x = (int) left; x < (int) right; x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 200 || ((rgb >> 8) & 0xff) < 200 || (rgb & 0xff) < 200) {
                    count++;
                }
            }
        }
        return count;
    }
}
