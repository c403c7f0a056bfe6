package org.backcoach.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.backcoach.journal.JournalContents;
import org.backcoach.journal.JournalExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backcoach export}: all check-ins as one JSON file, or as CSV files in a folder. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the whole journal.",
                "json: one file that BackCoach can import again. csv: a folder with one file per table."})
final class ExportCommand implements Callable<Integer> {

    enum Format { CSV, JSON }

    @ParentCommand
    RootCommand root;

    @Option(names = "--format", required = true, paramLabel = "csv|json", description = "csv or json.")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The JSON file, or the folder for CSV files.")
    Path out;

    @Override
    public Integer call() {
        if (format == Format.JSON && Files.isDirectory(out)) {
            throw new CliException("--out " + out + " is a folder; give a file name such as backcoach.json", 2);
        }
        if (format == Format.CSV && Files.isRegularFile(out)) {
            throw new CliException("--out " + out + " is a file; CSV export writes one file per table into a folder", 2);
        }
        JournalContents contents = root.session().journal().contents();
        JournalExport export = new JournalExport(root.environment.clock());
        try {
            if (format == Format.JSON) {
                export.writeJson(contents, out);
                root.environment.out().println("Exported " + describe(contents) + " to " + out);
            } else {
                List<Path> files = export.writeCsv(contents, out);
                root.environment.out().println("Exported " + describe(contents) + " to "
                        + String.join(", ", files.stream().map(Path::toString).toList()));
            }
        } catch (IOException e) {
            throw new CliException("cannot write " + out + " (" + e.getMessage() + ")");
        }
        return 0;
    }

    private static String describe(JournalContents contents) {
        return "%d check-ins, %d exercise sessions and %d movement breaks".formatted(contents.checkIns().size(),
                contents.exerciseLog().size(), contents.movementBreaks().size());
    }
}
