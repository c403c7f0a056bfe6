package org.backcoach.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.ExerciseLogEntry;
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
        List<CheckIn> checkIns = root.session().journal().all();
        List<ExerciseLogEntry> exerciseLog = root.session().journal().exerciseLog();
        List<LocalDateTime> movementBreaks = root.session().journal().movementBreakLog();
        JournalExport export = new JournalExport(root.environment.clock());
        try {
            if (format == Format.JSON) {
                export.writeJson(checkIns, exerciseLog, movementBreaks, out);
                root.environment.out().println("Exported " + checkIns.size() + " check-ins and " + exerciseLog.size()
                        + " exercise sessions to " + out);
            } else {
                List<Path> files = export.writeCsv(checkIns, exerciseLog, movementBreaks, out);
                root.environment.out().println("Exported " + checkIns.size() + " check-ins to "
                        + String.join(", ", files.stream().map(Path::toString).toList()));
            }
        } catch (IOException e) {
            throw new CliException("cannot write " + out + " (" + e.getMessage() + ")");
        }
        return 0;
    }
}
