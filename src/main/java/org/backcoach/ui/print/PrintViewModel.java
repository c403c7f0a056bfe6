package org.backcoach.ui.print;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.backcoach.content.Exercise;
import org.backcoach.content.Phase;
import org.backcoach.print.PdfPrinter;
import org.backcoach.print.PrintRequestException;
import org.backcoach.print.Printouts;
import org.backcoach.print.RenderedPdf;
import org.backcoach.settings.PaperSize;
import org.backcoach.ui.common.Async;
import org.backcoach.ui.common.Messages;

/**
 * The Print screen: what to print (an exercise sheet, the clinician report or the flare-up plan),
 * its options and the paper; then "Save as PDF" or "Print". The PDF is built off the FX thread;
 * {@link #busyProperty()} is true meanwhile, and the print dialog runs on its own thread.
 */
public final class PrintViewModel {

    public enum Kind { SHEET, REPORT, FLARE_PLAN }

    public enum SheetSource { TODAY, PHASE, PICKED }

    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.SHEET);
    private final ObjectProperty<SheetSource> sheetSource = new SimpleObjectProperty<>(SheetSource.PHASE);
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>();
    private final ObservableSet<String> picked = FXCollections.observableSet();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<PaperSize> paper = new SimpleObjectProperty<>(PaperSize.A4);
    private final ReadOnlyBooleanWrapper todayAvailable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanBinding canRun = busy.not().and(problem.isEmpty());

    private final Printouts printouts;
    private final PdfPrinter printer;
    private final Async async;
    private final Async printDialog;
    private final Messages messages;
    private boolean loadingPaper;

    /** @param printDialog runs the (modal, blocking) print dialog; not the journal's thread */
    public PrintViewModel(Printouts printouts, PdfPrinter printer, Async async, Async printDialog, Messages messages) {
        this.printouts = printouts;
        this.printer = printer;
        this.async = async;
        this.printDialog = printDialog;
        this.messages = messages;
        List<Phase> phases = printouts.bundle().phases();
        phase.set(phases.isEmpty() ? null : phases.get(0));
        to.set(printouts.today());
        from.set(printouts.today().minusDays(Printouts.DEFAULT_REPORT_DAYS - 1L));
        kind.addListener((obs, old, now) -> validate());
        sheetSource.addListener((obs, old, now) -> validate());
        phase.addListener((obs, old, now) -> validate());
        from.addListener((obs, old, now) -> validate());
        to.addListener((obs, old, now) -> validate());
        picked.addListener((SetChangeListener<String>) change -> validate());
        paper.addListener((obs, old, now) -> rememberPaper(now));
        validate();
    }

    // Properties
    public ObjectProperty<Kind> kindProperty() { return kind; }
    public ObjectProperty<SheetSource> sheetSourceProperty() { return sheetSource; }
    public ObjectProperty<Phase> phaseProperty() { return phase; }
    public ObservableSet<String> picked() { return picked; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObjectProperty<PaperSize> paperProperty() { return paper; }
    public ReadOnlyBooleanProperty todayAvailableProperty() { return todayAvailable.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public BooleanBinding canRunBinding() { return canRun; }

    public List<Phase> phases() {
        return printouts.bundle().phases();
    }

    public List<Exercise> exercises() {
        return printouts.bundle().exercises();
    }

    /** A file name for the save dialog, such as "backcoach-report-2026-11-21.pdf". */
    public String suggestedFileName() {
        String what = switch (kind.get()) {
            case SHEET -> "sheet";
            case REPORT -> "report";
            case FLARE_PLAN -> "flare-plan";
        };
        return "backcoach-" + what + "-" + printouts.today() + ".pdf";
    }

    // Commands

    /** Reads the paper setting and whether today's plan can be printed; called when the screen shows. */
    public void load() {
        async.run(() -> new Loaded(printouts.paper(), printouts.todaysSheet().isPresent()), loaded -> {
            loadingPaper = true;
            paper.set(loaded.paper());
            loadingPaper = false;
            todayAvailable.set(loaded.today());
            if (!loaded.today() && sheetSource.get() == SheetSource.TODAY) {
                sheetSource.set(SheetSource.PHASE);
            }
        }, error -> status.set(messages.get("print.status.loadFailed", error.getMessage())));
    }

    private record Loaded(PaperSize paper, boolean today) {
    }

    public void saveTo(Path chosen) {
        if (!ready()) {
            return;
        }
        Path file = withPdfExtension(chosen);
        Request request = request();
        start(messages.get("print.status.preparing"));
        async.run(() -> {
            RenderedPdf pdf = request.render(printouts);
            try {
                pdf.writeTo(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(messages.get("print.status.cannotWrite", file, e.getMessage()), e);
            }
            return pdf;
        }, pdf -> finish(messages.get("print.status.saved", pdf.pageCount(), file)), this::failed);
    }

    /** Builds the PDF, then opens the OS print dialog for that very document. */
    public void print() {
        if (!ready()) {
            return;
        }
        Request request = request();
        start(messages.get("print.status.preparing"));
        async.run(() -> request.render(printouts), pdf -> {
            status.set(messages.get("print.status.dialog"));
            printDialog.run(() -> printOrExplain(pdf), outcome -> finish(switch (outcome) {
                case PRINTED -> messages.get("print.status.printed", pdf.pageCount());
                case CANCELLED -> messages.get("print.status.cancelled");
                case NO_PRINTER -> messages.get("print.status.noPrinter");
                case NO_DIALOG -> messages.get("print.status.noDialog");
            }), this::failed);
        }, this::failed);
    }

    private boolean ready() {
        if (busy.get()) {
            return false;
        }
        if (!problem.get().isEmpty()) {
            status.set(problem.get());
            return false;
        }
        return true;
    }

    private void start(String message) {
        busy.set(true);
        status.set(message);
    }

    private void finish(String message) {
        busy.set(false);
        status.set(message);
    }

    private void failed(Throwable error) {
        finish(messages.get("print.status.failed", error.getMessage() == null ? error.toString() : error.getMessage()));
    }

    private PdfPrinter.Outcome printOrExplain(RenderedPdf pdf) {
        try {
            return printer.print(pdf);
        } catch (PdfPrinter.PrintFailedException e) {
            throw new IllegalStateException(messages.get("print.status.printFailed", e.getMessage()), e);
        }
    }

    /** Everything the background work needs, read on the FX thread before it starts. */
    private record Request(Kind kind, SheetSource source, String phaseId, List<String> exerciseIds, LocalDate from,
                           LocalDate to, PaperSize paper) {
        RenderedPdf render(Printouts printouts) {
            return switch (kind) {
                case SHEET -> printouts.sheet(switch (source) {
                    case PHASE -> printouts.phaseSheet(phaseId);
                    case PICKED -> printouts.pickedSheet(exerciseIds);
                    case TODAY -> printouts.todaysSheet().orElseThrow(() -> new PrintRequestException(
                            "today’s plan is not available"));
                }, paper);
                case REPORT -> printouts.report(from, to, paper);
                case FLARE_PLAN -> printouts.flarePlan(paper);
            };
        }
    }

    private Request request() {
        Set<String> chosen = Set.copyOf(picked);
        List<String> inBundleOrder = exercises().stream().map(Exercise::id).filter(chosen::contains).toList();
        return new Request(kind.get(), sheetSource.get(), phase.get() == null ? "" : phase.get().id(), inBundleOrder,
                from.get(), to.get(), paper.get());
    }

    private void validate() {
        problem.set(switch (kind.get()) {
            case SHEET -> switch (sheetSource.get()) {
                case PICKED -> picked.isEmpty() ? messages.get("print.problem.pickExercises") : "";
                case PHASE -> phase.get() == null ? messages.get("print.problem.choosePhase") : "";
                case TODAY -> "";
            };
            case REPORT -> reportProblem();
            case FLARE_PLAN -> "";
        });
    }

    private String reportProblem() {
        if (from.get() == null || to.get() == null) {
            return messages.get("print.problem.dates");
        }
        if (from.get().isAfter(to.get())) {
            return messages.get("print.problem.order");
        }
        if (to.get().isAfter(printouts.today())) {
            return messages.get("print.problem.future");
        }
        return "";
    }

    private void rememberPaper(PaperSize size) {
        if (loadingPaper || size == null) {
            return;
        }
        async.run(() -> {
            try {
                return printouts.rememberPaper(size);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, saved -> { }, error -> status.set(messages.get("print.status.paperNotSaved", error.getMessage())));
    }

    private static Path withPdfExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? file : file.resolveSibling(name + ".pdf");
    }
}
