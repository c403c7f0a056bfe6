package org.backcoach.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.backcoach.print.ExerciseSheet;
import org.backcoach.print.PrintRequestException;
import org.backcoach.print.Printouts;
import org.backcoach.settings.PaperSize;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backcoach sheet}: an exercise sheet as a PDF, for a phase, picked exercises or today's plan. */
@Command(name = "sheet", mixinStandardHelpOptions = true,
        description = "Write an exercise sheet (figure, steps, dose, cautions and a weekly tick grid) to a PDF.")
final class SheetCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Mixin
    PdfOutput output;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    static final class Selection {
        @Option(names = "--phase", paramLabel = "ID", description = "Every exercise of a phase: calm, walk, strengthen, full-body.")
        String phase;

        @Option(names = "--exercises", split = ",", paramLabel = "ID", description = "These exercises, in this order.")
        List<String> exercises;

        @Option(names = "--today", description = "Today's plan.")
        boolean today;
    }

    @Override
    public Integer call() {
        output.checkWritable();
        Printouts printouts = PdfOutput.printouts(root);
        ExerciseSheet sheet;
        try {
            sheet = choose(printouts);
        } catch (PrintRequestException e) {
            throw PdfOutput.refused(e);
        }
        PaperSize paper = output.paper(printouts);
        return output.write(root, printouts.sheet(sheet, paper), paper);
    }

    private ExerciseSheet choose(Printouts printouts) {
        if (selection.phase != null) {
            return printouts.phaseSheet(selection.phase.strip());
        }
        if (selection.exercises != null) {
            return printouts.pickedSheet(selection.exercises.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
        }
        return printouts.todaysSheet().orElseThrow(() -> new CliException("today's exercises are on hold because of "
                + "a red-flag answer; please seek care first (see: backcoach today). --phase ID or --exercises ID,ID "
                + "still print a sheet"));
    }
}
