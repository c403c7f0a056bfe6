package org.backcoach.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.Printable;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.backcoach.settings.PaperSize;
import org.junit.jupiter.api.Test;

/** Printing goes through the dialog with the very document that would be saved. */
class SystemPrinterTest {

    private static final RenderedPdf SHEET = ExerciseSheetPdf.render(new ExerciseSheet("Sheet",
            PrintFixtures.builtIn().exercises().subList(0, 4)), PrintFixtures.setup(PrintFixtures.builtIn(), PaperSize.A4));
    private static final PrintService[] ONE_PRINTER = {fakeService()};

    @Test
    void withoutADesktopThereIsNoDialogToShow() throws Exception {
        assertThat(new SystemPrinter(() -> true, () -> ONE_PRINTER, FakeJob::new).print(SHEET))
                .isEqualTo(PdfPrinter.Outcome.NO_DIALOG);
        assertThat(new SystemPrinter().print(SHEET)).as("tests run with java.awt.headless=true")
                .isEqualTo(PdfPrinter.Outcome.NO_DIALOG);
    }

    @Test
    void withoutAPrinterItSaysSoInsteadOfOpeningAnEmptyDialog() throws Exception {
        FakeJob job = new FakeJob();
        assertThat(new SystemPrinter(() -> false, () -> new PrintService[0], () -> job).print(SHEET))
                .isEqualTo(PdfPrinter.Outcome.NO_PRINTER);
        assertThat(job.dialogShown).isFalse();
    }

    @Test
    void theDialogGetsEveryPageOfTheSameDocument() throws Exception {
        FakeJob job = new FakeJob();
        job.answer = true;
        assertThat(new SystemPrinter(() -> false, () -> ONE_PRINTER, () -> job).print(SHEET))
                .isEqualTo(PdfPrinter.Outcome.PRINTED);
        assertThat(job.dialogShown).isTrue();
        assertThat(job.printed).isTrue();
        assertThat(job.jobName).isEqualTo("Sheet");
        assertThat(job.printedPages).isEqualTo(SHEET.pageCount()).isGreaterThan(1);
        assertThat(job.inkOnFirstPage).as("the page was drawn onto the printer's graphics").isGreaterThan(1000);
    }

    @Test
    void cancellingTheDialogPrintsNothing() throws Exception {
        FakeJob job = new FakeJob();
        assertThat(new SystemPrinter(() -> false, () -> ONE_PRINTER, () -> job).print(SHEET))
                .isEqualTo(PdfPrinter.Outcome.CANCELLED);
        assertThat(job.printed).isFalse();
    }

    @Test
    void aPrinterErrorIsReportedNotSwallowed() {
        FakeJob job = new FakeJob();
        job.answer = true;
        job.failWith = new PrinterException("out of paper");
        assertThatThrownBy(() -> new SystemPrinter(() -> false, () -> ONE_PRINTER, () -> job).print(SHEET))
                .isInstanceOf(PdfPrinter.PrintFailedException.class).hasMessage("out of paper");
    }

    @Test
    void theSpoolersOwnReasonIsShownNotJustTheWrapper() {
        FakeJob job = new FakeJob();
        job.answer = true;
        job.failWith = new java.awt.print.PrinterIOException(new java.io.IOException("Cannot run program \"lpr\""));
        assertThatThrownBy(() -> new SystemPrinter(() -> false, () -> ONE_PRINTER, () -> job).print(SHEET))
                .hasMessage("Cannot run program \"lpr\"");
    }

    private static PrintService fakeService() {
        PrintService[] real = PrintServiceLookup.lookupPrintServices(null, null);
        return real.length > 0 ? real[0] : (PrintService) java.lang.reflect.Proxy.newProxyInstance(
                SystemPrinterTest.class.getClassLoader(), new Class<?>[] {PrintService.class}, (p, m, a) -> null);
    }

    /** A printer job that records what it was given and "prints" page 1 into an image. */
    private static final class FakeJob extends PrinterJob {
        boolean answer;
        boolean dialogShown;
        boolean printed;
        String jobName;
        int printedPages;
        long inkOnFirstPage;
        PrinterException failWith;
        private Pageable pageable;

        @Override
        public void setPageable(Pageable document) {
            this.pageable = document;
        }

        @Override
        public boolean printDialog() {
            dialogShown = true;
            return answer;
        }

        @Override
        public void print() throws PrinterException {
            if (failWith != null) {
                throw failWith;
            }
            printed = true;
            printedPages = pageable.getNumberOfPages();
            PageFormat format = pageable.getPageFormat(0);
            BufferedImage image = new BufferedImage((int) format.getWidth(), (int) format.getHeight(),
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            assertThat(pageable.getPrintable(0).print(g, format, 0)).isEqualTo(Printable.PAGE_EXISTS);
            g.dispose();
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                        inkOnFirstPage++;
                    }
                }
            }
        }

        @Override
        public void setJobName(String name) {
            jobName = name;
        }

        @Override
        public String getJobName() {
            return jobName;
        }

        @Override public void setPrintable(Printable painter) { }
        @Override public void setPrintable(Printable painter, PageFormat format) { }
        @Override public PageFormat pageDialog(PageFormat page) { return page; }
        @Override public PageFormat defaultPage(PageFormat page) { return page; }
        @Override public PageFormat validatePage(PageFormat page) { return page; }
        @Override public void setCopies(int copies) { }
        @Override public int getCopies() { return 1; }
        @Override public String getUserName() { return "test"; }
        @Override public void cancel() { }
        @Override public boolean isCancelled() { return false; }
    }
}
