package org.backcoach.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.backcoach.content.Exercise;

/** Lays out an {@link ExerciseSheet}: one block per exercise, the red-flags box at every page's foot. */
public final class ExerciseSheetPdf {

    private ExerciseSheetPdf() {
    }

    public static RenderedPdf render(ExerciseSheet sheet, PrintSetup setup) {
        PrintText text = setup.text();
        try (PdfCanvas canvas = new PdfCanvas(setup.paper(), sheet.title(), setup.bundle().locale())) {
            PageFrame frame = new PageFrame(canvas, text,
                    setup.header(text, sheet.title(), text.get("sheet.subtitle", sheet.exercises().size())),
                    setup.bundle().disclaimer().text(), setup.bundle().redFlags());
            PageFlow flow = new PageFlow(canvas, frame);
            int number = 1;
            for (Exercise exercise : sheet.exercises()) {
                new ExerciseBlock(canvas, text, exercise, number++, flow.width()).draw(flow);
            }
            frame.drawOnAllPages(canvas);
            return new RenderedPdf(sheet.title(), canvas.toBytes(), canvas.pageCount());
        } catch (IOException e) {
            throw new UncheckedIOException("could not build the exercise sheet", e);
        }
    }
}
