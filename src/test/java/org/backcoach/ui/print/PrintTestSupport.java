package org.backcoach.ui.print;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.print.PdfPrinter;
import org.backcoach.print.PrintFixtures;
import org.backcoach.print.Printouts;
import org.backcoach.print.RenderedPdf;
import org.backcoach.settings.SettingsStore;

/** A printer that records what it was asked to print and answers as told; and a Printouts over a temp folder. */
final class PrintTestSupport {

    private PrintTestSupport() {
    }

    static Printouts printouts(Journal journal, Path dir) {
        return new Printouts(PrintFixtures.builtIn(), journal, new SettingsStore(dir.resolve("settings.json")),
                JournalFixtures.CLOCK, Locale.UK);
    }

    static final class RecordingPrinter implements PdfPrinter {
        final List<RenderedPdf> printed = new ArrayList<>();
        Outcome answer = Outcome.PRINTED;

        @Override
        public Outcome print(RenderedPdf pdf) {
            printed.add(pdf);
            return answer;
        }
    }

    /** Background work waits here until the test runs it, so a test can look at the screen meanwhile. */
    static final class QueuedExecutor implements java.util.concurrent.Executor {
        final List<Runnable> queue = new ArrayList<>();

        @Override
        public void execute(Runnable command) {
            queue.add(command);
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.remove(0).run();
            }
        }
    }
}
