import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.backcoach.cli.BackCoachCli;
import org.backcoach.cli.CliEnvironment;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.ExerciseLogEntry;
import org.backcoach.journal.Journal;
import org.backcoach.session.Session;
import org.backcoach.settings.DataFolder;

/**
 * Regenerates docs/images/sheet-page.png and report-page.png from real output: a sample journal
 * (a month of easing pain, a few milestones, one red-flag answer, notes and exercise sessions) in
 * a temporary data folder, then `backcoach sheet` and `backcoach report` run in-process, then
 * page 1 of each PDF rendered with PDFBox. Run with bench/doc-images.sh. An optional argument names
 * another folder for the two images: {@code mvn verify} writes them to a temporary one, so a change
 * that breaks this program breaks the build.
 */
public final class DocImages {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("backcoach-doc-images");
        Path images = Path.of(args.length > 0 ? args[0] : "docs/images");
        Files.createDirectories(images);
        Clock clock = Clock.fixed(TODAY.atTime(18, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        Files.writeString(data.resolve("settings.json"), "{\"personName\": \"Ana Müller\", \"paperSize\": \"a4\"}");
        try (Session session = Session.open(new DataFolder(data), Optional.empty(), clock, "en")) {
            fill(session.journal());
        }
        cli(data, clock, "sheet", "--phase", "walk", "--out", data.resolve("sheet.pdf").toString());
        cli(data, clock, "report", "--out", data.resolve("report.pdf").toString());
        png(data.resolve("sheet.pdf"), images.resolve("sheet-page.png"));
        png(data.resolve("report.pdf"), images.resolve("report-page.png"));
        deleteFolder(data);
    }

    /** The sample data folder is only needed while the images are made. */
    private static void deleteFolder(Path folder) throws Exception {
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void fill(Journal journal) throws Exception {
        for (int back = 29; back >= 0; back--) {
            if (back % 5 == 4) {
                continue;
            }
            LocalDate day = TODAY.minusDays(back);
            int pain = Math.max(1, 7 - (29 - back) / 5 + (back % 3 == 0 ? 1 : 0));
            CheckIn.Builder c = CheckIn.on(day, pain).painWorst(Math.min(10, pain + 2)).walkMinutes(5 + (29 - back));
            if (back == 22) {
                c.milestones(Set.of("stood-straight"));
            } else if (back == 15) {
                c.milestones(Set.of("walked-10-min", "out-of-bed-unaided"));
            } else if (back == 6) {
                c.milestones(Set.of("sat-30-min"));
            }
            if (back == 26) {
                c.redFlags(Set.of("night-pain"));
            }
            if (back == 27) {
                c.note("Could barely get out of bed. Lay flat for ten minutes, then a slow walk to the kitchen.");
            } else if (back == 14) {
                c.note("First walk round the block. Stiff for the first minutes, then easier.");
            } else if (back == 3) {
                c.note("Long car journey; tight afterwards, better after cat-cow and a short walk.");
            }
            journal.save(c.build());
            if (back <= 24) {
                journal.logExercise(new ExerciseLogEntry("cat-cow", day.atTime(9, 0), 1, 10, null, Math.max(0, pain - 3)));
                journal.logExercise(new ExerciseLogEntry("pelvic-tilts", day.atTime(9, 10), 2, 10, null,
                        Math.max(0, pain - 2)));
            }
            if (back <= 12 && back % 2 == 0) {
                journal.logExercise(new ExerciseLogEntry("glute-bridge", day.atTime(17, 0), 2, 8, null, pain));
            }
        }
    }

    private static void cli(Path data, Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BackCoachCli.run(args, new CliEnvironment(clock, Map.of("BACKCOACH_DATA_DIR", data.toString()),
                "Linux", data, new PrintWriter(out, true), new PrintWriter(err, true)));
        System.out.print(out);
        if (code != 0) {
            throw new IllegalStateException("backcoach " + String.join(" ", args) + " failed: " + err);
        }
    }

    private static void png(Path pdf, Path png) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 96), "png", png.toFile());
            System.out.println("rendered " + png + " from page 1 of " + document.getNumberOfPages());
        }
    }
}
