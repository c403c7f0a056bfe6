package org.backcoach.print;

import java.awt.GraphicsEnvironment;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.print.PrintService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints with java.awt.print: the OS print dialog, then PDFBox's {@link PDFPageable} over the very
 * bytes that "Save as PDF" would write. The AWT dialog is modal and blocks its thread, so callers
 * run this on {@link #dialogThread()}, never on the JavaFX application thread or the journal's.
 */
public final class SystemPrinter implements PdfPrinter {

    /** Threads only while a dialog is open (and a minute after): an idle app keeps none. */
    private final ExecutorService dialogThread = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "backcoach-print-dialog");
        thread.setDaemon(true);
        return thread;
    });
    private final BooleanSupplier headless;
    private final Supplier<PrintService[]> printers;
    private final Supplier<PrinterJob> jobs;

    public SystemPrinter() {
        this(GraphicsEnvironment::isHeadless, PrinterJob::lookupPrintServices, PrinterJob::getPrinterJob);
    }

    /** For tests: what the machine looks like, and the job to print with. */
    SystemPrinter(BooleanSupplier headless, Supplier<PrintService[]> printers, Supplier<PrinterJob> jobs) {
        this.headless = headless;
        this.printers = printers;
        this.jobs = jobs;
    }

    /** Where {@link #print} runs: its own thread, which the modal dialog may block for as long as it is open. */
    public Executor dialogThread() {
        return dialogThread;
    }

    @Override
    public Outcome print(RenderedPdf pdf) throws PrintFailedException {
        if (headless.getAsBoolean()) {
            return Outcome.NO_DIALOG;
        }
        if (printers.get().length == 0) {
            return Outcome.NO_PRINTER;
        }
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            PrinterJob job = jobs.get();
            job.setJobName(pdf.title());
            job.setPageable(new PDFPageable(document));
            if (!job.printDialog()) {
                return Outcome.CANCELLED;
            }
            job.print();
            return Outcome.PRINTED;
        } catch (IOException | PrinterException e) {
            throw new PrintFailedException(detail(e), e);
        }
    }

    /** The most specific message: AWT wraps the spooler's real reason (e.g. no lpr command) in a bare PrinterIOException. */
    static String detail(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root.getMessage() != null && !root.getMessage().isBlank()) {
            return root.getMessage();
        }
        return error.getMessage() != null && !error.getMessage().isBlank() ? error.getMessage()
                : root.getClass().getSimpleName();
    }
}
