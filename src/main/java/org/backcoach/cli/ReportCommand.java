package org.backcoach.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.backcoach.print.Printouts;
import org.backcoach.settings.PaperSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backcoach report}: the clinician report for a date range, as a PDF. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a one- or two-page report for your physio or GP to a PDF (default: the last 30 days).")
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Mixin
    PdfOutput output;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (default: 29 days before --to).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (default: today).")
    LocalDate to;

    @Override
    public Integer call() {
        LocalDate today = LocalDate.now(root.environment.clock());
        LocalDate last = to != null ? to : today;
        LocalDate first = from != null ? from : last.minusDays(Printouts.DEFAULT_REPORT_DAYS - 1L);
        if (last.isAfter(today)) {
            throw new CliException("--to " + last + " is in the future; the report ends today at the latest", 2);
        }
        if (first.isAfter(last)) {
            throw new CliException("--from " + first + " is after --to " + last, 2);
        }
        output.checkWritable();
        Printouts printouts = PdfOutput.printouts(root);
        PaperSize paper = output.paper(printouts);
        return output.write(root, printouts.report(first, last, paper), paper);
    }
}
