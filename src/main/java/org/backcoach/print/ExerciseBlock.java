package org.backcoach.print;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backcoach.content.Exercise;

/**
 * One exercise on a sheet: title; on the left the figure and under it a weekly tick grid (7 days ×
 * sets); on the right the dose, numbered steps and cautions. The whole block is kept on
 * one page; only an exercise taller than an empty page (possible with a very wordy clinician's
 * bundle) continues on the next, line by line, under a "continued" title.
 */
final class ExerciseBlock {

    static final float LEFT_COLUMN = 170;
    private static final float COLUMN_GAP = 14;
    private static final float TITLE_HEIGHT = 21;
    private static final float GRID_GAP = 8;
    private static final float GRID_CAPTION = 11;
    private static final float GRID_HEADER = 11;
    private static final float GRID_ROW = 15;
    private static final float GRID_LABEL_WIDTH = 26;
    private static final float SPACE_AFTER = 14;
    private static final float LEADING = 1.27f;

    /** One wrapped line of the right-hand column; {@code marker} ("1.", "•") only on an item's first line. */
    private record Line(String marker, String text, float size, boolean bold, Color color, float spaceBefore) {
        float height() {
            return spaceBefore + size * LEADING;
        }
    }

    private final Exercise exercise;
    private final int number;
    private final PrintText text;
    private final List<Line> lines = new ArrayList<>();

    ExerciseBlock(PdfCanvas canvas, PrintText text, Exercise exercise, int number, float width) {
        this.exercise = exercise;
        this.number = number;
        this.text = text;
        float column = width - LEFT_COLUMN - COLUMN_GAP;
        add(canvas, "", exercise.summary(), 9, false, PdfCanvas.MUTED, column, 0);
        add(canvas, "", text.get("sheet.dose", exercise.dose().describe(text::get)), 10.5f, true, PdfCanvas.TEXT, column, 4);
        if (exercise.dose().sets() > 1 && exercise.dose().restSeconds() > 0) {
            add(canvas, "", text.get("sheet.rest", exercise.dose().restSeconds()), 8.5f, false, PdfCanvas.MUTED, column, 0);
        }
        add(canvas, "", text.get("sheet.steps"), 9.5f, true, PdfCanvas.ACCENT, column, 5);
        for (int i = 0; i < exercise.instructions().size(); i++) {
            add(canvas, (i + 1) + ".", exercise.instructions().get(i), 9.5f, false, PdfCanvas.TEXT, column, 1);
        }
        add(canvas, "", text.get("sheet.cautions"), 9.5f, true, PdfCanvas.DANGER, column, 5);
        for (String caution : exercise.cautions()) {
            add(canvas, "•", caution, 9, false, PdfCanvas.TEXT, column, 1);
        }
    }

    private void add(PdfCanvas canvas, String marker, String value, float size, boolean bold, Color color, float width,
                     float spaceBefore) {
        float indent = marker.isEmpty() ? 0 : size * 1.6f;
        List<String> wrapped = canvas.wrap(value, size, width - indent);
        for (int i = 0; i < wrapped.size(); i++) {
            lines.add(new Line(i == 0 ? marker : (marker.isEmpty() ? "" : " "), wrapped.get(i), size, bold, color,
                    i == 0 ? spaceBefore : 0));
        }
    }

    float height() {
        float column = 0;
        for (Line line : lines) {
            column += line.height();
        }
        return TITLE_HEIGHT + Math.max(column, leftColumnHeight()) + SPACE_AFTER;
    }

    private float leftColumnHeight() {
        return FigureDrawing.height(exercise.figure(), LEFT_COLUMN) + GRID_GAP + gridHeight();
    }

    private float gridHeight() {
        return GRID_CAPTION + GRID_HEADER + exercise.dose().sets() * GRID_ROW;
    }

    void draw(PageFlow flow) throws IOException {
        flow.keep(height());
        PdfCanvas canvas = flow.canvas();
        float left = flow.left();
        float width = flow.width();
        title(flow, false);
        float top = flow.y();
        float figureHeight = FigureDrawing.height(exercise.figure(), LEFT_COLUMN);
        FigureDrawing.draw(canvas, text, exercise.figure(), left, top, LEFT_COLUMN);
        tickGrid(canvas, left, top + figureHeight + GRID_GAP, LEFT_COLUMN);
        float leftBottom = top + leftColumnHeight();
        float x = left + LEFT_COLUMN + COLUMN_GAP;
        for (Line line : lines) {
            if (line.height() > flow.remaining()) {
                flow.newPage();
                title(flow, true);
                leftBottom = flow.y();
            }
            flow.advance(line.spaceBefore());
            float baseline = flow.y() + line.size();
            if (!line.marker().isBlank()) {
                canvas.text(line.marker(), x, baseline, line.size(), false, line.color());
            }
            float indent = line.marker().isEmpty() ? 0 : line.size() * 1.6f;
            canvas.text(line.text(), x + indent, baseline, line.size(), line.bold(), line.color());
            flow.advance(line.size() * LEADING);
        }
        flow.advance(Math.max(0, leftBottom - flow.y()));
        canvas.line(left, flow.y() + SPACE_AFTER / 2, left + width, flow.y() + SPACE_AFTER / 2, 0.4f, PdfCanvas.BORDER);
        flow.advance(SPACE_AFTER);
    }

    private void title(PageFlow flow, boolean continued) throws IOException {
        PdfCanvas canvas = flow.canvas();
        String category = exercise.category().name().toLowerCase(Locale.ROOT);
        String label = text.get("sheet.category." + category);
        float right = flow.left() + flow.width();
        String title = number + ". " + exercise.title() + (continued ? " " + text.get("sheet.continued") : "");
        float room = flow.width() - canvas.width(label, 8.5f) - 12;
        canvas.text(PageFrame.fit(canvas, title, 12.5f, room), flow.left(), flow.y() + 13, 12.5f, true, PdfCanvas.ACCENT);
        canvas.textRight(label, right, flow.y() + 13, 8.5f, false, PdfCanvas.MUTED);
        flow.advance(TITLE_HEIGHT);
    }

    /** Seven day columns (first day of the week per the language) by one row per set, to tick. */
    private void tickGrid(PdfCanvas canvas, float left, float top, float width) throws IOException {
        canvas.text(PageFrame.fit(canvas, text.get("sheet.grid.caption"), 7.5f, width), left, top + 7.5f, 7.5f, false,
                PdfCanvas.MUTED);
        float y = top + GRID_CAPTION;
        float dayWidth = (width - GRID_LABEL_WIDTH) / 7;
        List<String> days = text.weekdays();
        for (int d = 0; d < 7; d++) {
            String day = PageFrame.fit(canvas, days.get(d), 7, dayWidth - 1);
            float cx = left + GRID_LABEL_WIDTH + d * dayWidth + dayWidth / 2;
            canvas.text(day, cx - canvas.width(day, 7) / 2, y + 8, 7, true, PdfCanvas.TEXT);
        }
        y += GRID_HEADER;
        int sets = exercise.dose().sets();
        for (int set = 1; set <= sets; set++) {
            float rowTop = y + (set - 1) * GRID_ROW;
            canvas.text(text.get("sheet.grid.set", set), left, rowTop + 10, 7.5f, false, PdfCanvas.TEXT);
            for (int d = 0; d < 7; d++) {
                canvas.rect(left + GRID_LABEL_WIDTH + d * dayWidth, rowTop, dayWidth, GRID_ROW, null, PdfCanvas.BORDER,
                        0.7f);
            }
        }
    }
}
