package org.backcoach.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.backcoach.print.PrintRequestException;
import org.backcoach.print.Printouts;
import org.backcoach.print.RenderedPdf;
import org.backcoach.settings.PaperSize;
import picocli.CommandLine.Option;

/** The options every PDF command shares (--out, --paper) and how they write their file. */
final class PdfOutput {

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The PDF file to write.")
    Path out;

    @Option(names = "--paper", paramLabel = "a4|letter",
            description = "Paper size (default: the one chosen in the window, else the usual one where you live).")
    PaperSize paper;

    /** Refuses a folder or a missing folder before any work is done. */
    void checkWritable() {
        Path target = out.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new CliException("cannot write " + out + ": it is a folder; give a file name such as sheet.pdf");
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CliException("cannot write " + out + ": the folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder) || (Files.exists(target) && !Files.isWritable(target))) {
            throw new CliException("cannot write " + out + ": permission denied");
        }
    }

    static Printouts printouts(RootCommand root) {
        return Printouts.of(root.session(), Locale.getDefault(Locale.Category.FORMAT));
    }

    PaperSize paper(Printouts printouts) {
        return paper != null ? paper : printouts.paper();
    }

    /** Writes the PDF and says what was written; bad requests become one plain line on stderr. */
    int write(RootCommand root, RenderedPdf pdf, PaperSize size) {
        try {
            pdf.writeTo(out);
        } catch (IOException e) {
            throw new CliException("cannot write " + out + " (" + e.getMessage() + ")");
        }
        root.environment.out().printf("Wrote %s: %s, %d %s, %s.%n", out, pdf.title(), pdf.pageCount(),
                pdf.pageCount() == 1 ? "page" : "pages", size == PaperSize.LETTER ? "Letter" : "A4");
        return 0;
    }

    static CliException refused(PrintRequestException e) {
        return new CliException(e.getMessage());
    }
}
