package org.backcoach.ui.print;

import java.util.Optional;
import javafx.scene.Node;
import org.backcoach.print.Printouts;
import org.backcoach.print.SystemPrinter;
import org.backcoach.ui.shell.Screen;
import org.backcoach.ui.shell.ScreenServices;

/** Print: what can be printed is loaded on each visit; the OS print dialog gets the printer's own thread. */
public final class PrintScreen implements Screen {

    private final PrintViewModel print;
    private final ScreenServices services;
    private final Optional<PrintView.SaveDialog> saveDialog;

    /** @param saveDialog where "Save as PDF…" saves instead of asking with a file chooser (tests of the whole window) */
    public PrintScreen(ScreenServices services, Optional<PrintView.SaveDialog> saveDialog) {
        this.services = services;
        this.saveDialog = saveDialog;
        SystemPrinter printer = new SystemPrinter();
        print = new PrintViewModel(Printouts.of(services.session(), services.messages().locale()), printer,
                services.async(), services.async().withBackground(printer.dialogThread()), services.messages());
    }

    @Override
    public Node view() {
        return saveDialog.map(dialog -> new PrintView(print, services.messages(), dialog))
                .orElseGet(() -> new PrintView(print, services.messages()));
    }

    @Override
    public void shown() {
        print.load();
    }
}
