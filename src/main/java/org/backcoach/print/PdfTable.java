package org.backcoach.print;

import java.io.IOException;
import java.util.List;

/**
 * A plain table: a bold header row and one line per row, each cell shortened to its column. The
 * first column is left-aligned and takes the room the others leave; the others are right-aligned.
 */
final class PdfTable {

    private static final float SIZE = 8.5f;
    private static final float ROW = 13;

    private PdfTable() {
    }

    /** @param widths widths of columns 2..n; column 1 gets the rest */
    static void draw(PageFlow flow, List<String> header, float[] widths, List<List<String>> rows) throws IOException {
        PdfCanvas canvas = flow.canvas();
        float rest = 0;
        for (float w : widths) {
            rest += w;
        }
        float first = flow.width() - rest;
        flow.keep(ROW * Math.min(rows.size() + 1, 4));
        row(flow, header, first, widths, true);
        canvas.line(flow.left(), flow.y() - 2.5f, flow.left() + flow.width(), flow.y() - 2.5f, 0.5f, PdfCanvas.BORDER);
        for (int i = 0; i < rows.size(); i++) {
            if (flow.remaining() < ROW) {
                flow.newPage();
                row(flow, header, first, widths, true);
            }
            if (i % 2 == 1) {
                canvas.rect(flow.left(), flow.y() - 1, flow.width(), ROW, PdfCanvas.SHADE, null, 0);
            }
            row(flow, rows.get(i), first, widths, false);
        }
        flow.advance(4);
    }

    private static void row(PageFlow flow, List<String> cells, float first, float[] widths, boolean bold)
            throws IOException {
        PdfCanvas canvas = flow.canvas();
        float baseline = flow.y() + SIZE + 1;
        canvas.text(PageFrame.fit(canvas, cells.get(0), SIZE, first - 8), flow.left() + 2, baseline, SIZE, bold,
                PdfCanvas.TEXT);
        float right = flow.left() + first;
        for (int c = 1; c < cells.size(); c++) {
            right += widths[c - 1];
            String cell = PageFrame.fit(canvas, cells.get(c), SIZE, widths[c - 1] - 6);
            canvas.textRight(cell, right - 2, baseline, SIZE, bold, PdfCanvas.TEXT);
        }
        flow.advance(ROW);
    }
}
