import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backcoach.content.Bundle;
import org.backcoach.content.BundleLoader;
import org.backcoach.content.Exercise;
import org.backcoach.content.Figure;
import org.backcoach.content.FigureShape;
import org.backcoach.content.FigureShape.Style;
import org.backcoach.print.ExerciseSheet;
import org.backcoach.print.ExerciseSheetPdf;
import org.backcoach.print.PrintSetup;
import org.backcoach.print.RenderedPdf;
import org.backcoach.settings.PaperSize;

/**
 * Exercise-sheet benchmark: a 10-exercise A4 sheet (each exercise with a two-pose figure) against
 * a text-only PDFBox document with the same number of pages and the same embedded font, measured
 * in the same run, interleaved so both see the same machine load. Goal: sheet ≤ 2 × baseline.
 * Run with bench/print.sh. {@code --smoke} runs one warm-up and three rounds only, to prove it still
 * works: {@code mvn verify} does that, so a change that breaks the benchmark breaks the build.
 */
public final class PrintBenchmark {

    public static void main(String[] args) throws Exception {
        boolean smoke = List.of(args).contains("--smoke");
        int warmUps = smoke ? 1 : 15;
        int runs = smoke ? 3 : 41;
        Bundle bundle = new BundleLoader().loadBuiltIn("en").bundle().orElseThrow();
        List<Exercise> ten = new ArrayList<>();
        for (Exercise e : bundle.exercises().subList(0, 10)) {
            ten.add(new Exercise(e.id(), e.title(), e.category(), e.summary(), e.instructions(), e.dose(), e.cautions(),
                    e.bodyAreas(), e.muscles(), e.phases(), Optional.of(figure()), e.source()));
        }
        ExerciseSheet sheet = new ExerciseSheet("Benchmark sheet", ten);
        PrintSetup setup = new PrintSetup(bundle, PaperSize.A4, "Ana Müller", LocalDate.of(2026, 11, 21));
        RenderedPdf first = ExerciseSheetPdf.render(sheet, setup);
        int pages = first.pageCount();
        List<String> text = sheetText(first);

        for (int i = 0; i < warmUps; i++) {
            ExerciseSheetPdf.render(sheet, setup);
            textOnly(pages, text, true);
            textOnly(pages, text, false);
        }
        long[] sheetNanos = new long[runs];
        long[] embeddedNanos = new long[runs];
        long[] standardNanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            ExerciseSheetPdf.render(sheet, setup);
            long t1 = System.nanoTime();
            textOnly(pages, text, true);
            long t2 = System.nanoTime();
            textOnly(pages, text, false);
            long t3 = System.nanoTime();
            sheetNanos[i] = t1 - t0;
            embeddedNanos[i] = t2 - t1;
            standardNanos[i] = t3 - t2;
        }
        double sheetMs = median(sheetNanos);
        double embeddedMs = median(embeddedNanos);
        double standardMs = median(standardNanos);
        System.out.printf("exercise sheet: 10 exercises with figures, A4, %d pages, %d KB, %d lines of text%n", pages,
                first.bytes().length / 1024, text.size());
        System.out.printf("median of %d runs (after %d warm-up runs), Java %s%n", runs, warmUps,
                System.getProperty("java.version"));
        System.out.printf("  sheet                                   %7.1f ms%n", sheetMs);
        System.out.printf("  baseline: text only, same font embedded %7.1f ms   ratio %.2f (goal <= 2.00) %s%n",
                embeddedMs, sheetMs / embeddedMs, sheetMs / embeddedMs <= 2.0 ? "OK" : "OVER GOAL");
        System.out.printf("  for reference: text only, Helvetica     %7.1f ms   ratio %.2f (not embedded: no Unicode)%n",
                standardMs, sheetMs / standardMs);
    }

    /** The sheet's own lines of text, as PDFBox extracts them: the baseline prints exactly these. */
    static List<String> sheetText(RenderedPdf sheet) throws Exception {
        try (PDDocument document = Loader.loadPDF(sheet.bytes())) {
            return List.of(new PDFTextStripper().getText(document).split("\\R"));
        }
    }

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    /**
     * The same lines of text spread evenly over {@code pages} pages, one showText per line and
     * nothing else: no wrapping, no figures, no grids. Saved to memory like the sheet.
     */
    static byte[] textOnly(int pages, List<String> lines, boolean embedded) throws Exception {
        try (PDDocument document = new PDDocument()) {
            var font = embedded ? loadLiberation(document) : HELVETICA;
            int perPage = (lines.size() + pages - 1) / pages;
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(document, page)) {
                    s.beginText();
                    s.setFont(font, 9);
                    s.setLeading(800f / perPage);
                    s.newLineAtOffset(40, 810);
                    for (String line : lines.subList(Math.min(lines.size(), p * perPage),
                            Math.min(lines.size(), (p + 1) * perPage))) {
                        s.showText(embedded ? line : winAnsi(line));
                        s.newLine();
                    }
                    s.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Helvetica only knows WinAnsi: the reference run swaps what it cannot show. */
    private static String winAnsi(String line) {
        StringBuilder out = new StringBuilder();
        line.codePoints().forEach(cp -> out.append(cp < 256 || "–×’•…“”".indexOf(cp) >= 0 ? (char) cp : '?'));
        return out.toString();
    }

    /** Loaded as the app loads it (subset embedded, glyph substitution off), so only layout differs. */
    private static PDType0Font loadLiberation(PDDocument document) throws Exception {
        try (InputStream in = PDDocument.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            ttf.setEnableGsub(false);
            document.registerTrueTypeFontForClosing(ttf);
            return PDType0Font.load(document, ttf, true);
        }
    }

    /** A lying figure, bridge-like: ground, head, body lines, and an end pose with a motion arc. */
    static Figure figure() {
        List<FigureShape> scene = List.of(new FigureShape.Line(5, 100, 195, 100, Style.GROUND),
                new FigureShape.Line(20, 96, 180, 96, Style.PROP));
        List<FigureShape> start = List.of(new FigureShape.Circle(30, 88, 9, Style.BODY),
                new FigureShape.Line(40, 92, 110, 94, Style.BODY), new FigureShape.Line(110, 94, 140, 62, Style.BODY),
                new FigureShape.Line(140, 62, 160, 98, Style.BODY), new FigureShape.Line(60, 93, 85, 99, Style.BODY),
                new FigureShape.Arc(75, 92, 20, 0, 180, Style.BODY));
        List<FigureShape> end = List.of(new FigureShape.Circle(30, 88, 9, Style.BODY),
                new FigureShape.Line(40, 92, 110, 62, Style.BODY), new FigureShape.Line(110, 62, 140, 58, Style.BODY),
                new FigureShape.Line(140, 58, 160, 98, Style.BODY),
                new FigureShape.Arc(105, 80, 22, 200, -110, Style.MOTION));
        return new Figure(200, 110, scene, start, end);
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
