package org.backcoach.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.backcoach.content.Bundle;
import org.backcoach.content.Exercise;
import org.backcoach.settings.PaperSize;
import org.junit.jupiter.api.Test;

class ExerciseSheetPdfTest {

    @Test
    void scratch() {
        Bundle bundle = PrintFixtures.multilingual();
        List<Exercise> some = bundle.exercises().subList(4, 14);
        RenderedPdf pdf = ExerciseSheetPdf.render(new ExerciseSheet("Exercises for phase 2", some),
                PrintFixtures.setup(bundle, PaperSize.A4));
        try (PdfCheck check = PdfCheck.of(pdf)) {
            for (int i = 0; i < check.pages(); i++) {
                check.writePng(i, 100, Path.of("target/scratch/sheet-" + i + ".png"));
            }
            System.out.println("pages " + check.pages() + " " + check.fontsNotEmbedded());
        }
    }
}
