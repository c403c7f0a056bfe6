package org.backcoach.print;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * The cursor of a printout's body: where the next block goes, and when a new page starts. Blocks
 * ask {@link #keep} for their whole height first, so a block is never split across pages unless
 * it is taller than an empty page.
 */
final class PageFlow {

    private final PdfCanvas canvas;
    private final PageFrame frame;
    private float y;

    PageFlow(PdfCanvas canvas, PageFrame frame) throws IOException {
        this.canvas = canvas;
        this.frame = frame;
        newPage();
    }

    PdfCanvas canvas() {
        return canvas;
    }

    float y() {
        return y;
    }

    float left() {
        return PageFrame.MARGIN;
    }

    float width() {
        return canvas.pageWidth() - 2 * PageFrame.MARGIN;
    }

    float remaining() {
        return frame.bodyBottom(canvas) - y;
    }

    boolean atTopOfPage() {
        return y <= frame.bodyTop();
    }

    void advance(float height) {
        y += height;
    }

    /** Moves to a new page unless {@code height} fits below the cursor (or the page is still empty). */
    void keep(float height) throws IOException {
        if (height > remaining() && !atTopOfPage()) {
            newPage();
        }
    }

    void newPage() throws IOException {
        canvas.newPage();
        y = frame.bodyTop();
    }

    /** A section heading, kept on the same page as at least {@code keepWith} points of what follows. */
    void heading(String text, float keepWith) throws IOException {
        keep(22 + keepWith);
        if (!atTopOfPage()) {
            advance(6);
        }
        canvas.text(text, left(), y + 12, 12, true, PdfCanvas.ACCENT);
        canvas.line(left(), y + 16, left() + width(), y + 16, 0.4f, PdfCanvas.BORDER);
        advance(22);
    }

    /** Wrapped text; lines flow onto the next page when needed (paragraphs may split, lines never). */
    void paragraph(String text, float size, boolean bold, Color color, float indent) throws IOException {
        float leading = size * 1.3f;
        List<String> lines = canvas.wrap(text, size, width() - indent);
        for (String line : lines) {
            keep(leading);
            canvas.text(line, left() + indent, y + size, size, bold, color);
            advance(leading);
        }
    }

    /** A paragraph behind a bullet or number that hangs in the margin: "1. text", "• text". */
    void item(String marker, String text, float size, Color color, float indent) throws IOException {
        float leading = size * 1.3f;
        float markerWidth = Math.max(canvas.width(marker, size) + 4, size * 1.4f);
        List<String> lines = canvas.wrap(text, size, width() - indent - markerWidth);
        keep(Math.min(lines.size(), 2) * leading);
        canvas.text(marker, left() + indent, y + size, size, false, color);
        for (String line : lines) {
            keep(leading);
            canvas.text(line, left() + indent + markerWidth, y + size, size, false, color);
            advance(leading);
        }
    }

    void gap(float height) {
        if (!atTopOfPage()) {
            advance(height);
        }
    }
}
