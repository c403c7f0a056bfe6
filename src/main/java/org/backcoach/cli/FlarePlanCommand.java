package org.backcoach.cli;

import java.util.concurrent.Callable;
import org.backcoach.print.Printouts;
import org.backcoach.settings.PaperSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code backcoach flare-plan}: the one-page plan for the next flare, as a PDF. */
@Command(name = "flare-plan", mixinStandardHelpOptions = true,
        description = "Write a one-page flare-up plan (first steps, what helped you, what to avoid, red flags) to a PDF.")
final class FlarePlanCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Mixin
    PdfOutput output;

    @Override
    public Integer call() {
        output.checkWritable();
        Printouts printouts = PdfOutput.printouts(root);
        PaperSize paper = output.paper(printouts);
        return output.write(root, printouts.flarePlan(paper), paper);
    }
}
