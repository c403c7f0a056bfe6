package org.backcoach.print;

/** Sends a finished PDF to a printer, through the operating system's print dialog. */
public interface PdfPrinter {

    enum Outcome {
        /** The person confirmed the dialog and the job went to the printer. */
        PRINTED,
        /** The person closed the dialog without printing. */
        CANCELLED,
        /** This computer has no printer set up, so no dialog was shown. */
        NO_PRINTER,
        /** There is no desktop to show a dialog on (a headless run). */
        NO_DIALOG
    }

    /** Blocks while the dialog is open: call it off the FX thread. */
    Outcome print(RenderedPdf pdf) throws PrintFailedException;

    /** Printing itself failed after the person chose to print (printer error, unreadable job). */
    final class PrintFailedException extends Exception {
        public PrintFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
