package org.backcoach.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes the journal out in open formats the person owns: one JSON file that BackCoach can read
 * back, or CSV files (one per table) for a spreadsheet. Files appear whole or not at all.
 */
public final class JournalExport {

    public static final String JSON_FORMAT = "backcoach-journal";
    public static final int JSON_FORMAT_VERSION = 1;
    public static final String CHECKIN_CSV = "checkin.csv";
    public static final String CHECKIN_ITEM_CSV = "checkin_item.csv";
    public static final String EXERCISE_LOG_CSV = "exercise_log.csv";
    public static final String MOVEMENT_BREAK_CSV = "movement_break.csv";

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Clock clock;

    public JournalExport(Clock clock) {
        this.clock = clock;
    }

    public void writeJson(List<CheckIn> checkIns, List<ExerciseLogEntry> exerciseLog, List<LocalDateTime> movementBreaks,
                          Path file) throws IOException {
        ExportJson export = new ExportJson(JSON_FORMAT, JSON_FORMAT_VERSION,
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(),
                checkIns.stream().map(CheckInJson::from).toList(),
                exerciseLog.stream().map(ExerciseJson::from).toList(),
                movementBreaks.stream().map(LocalDateTime::toString).toList());
        writeAtomically(file, out -> mapper.writeValue(out, export));
    }

    /** Writes one CSV file per table into {@code folder}; returns the files written. */
    public List<Path> writeCsv(List<CheckIn> checkIns, List<ExerciseLogEntry> exerciseLog,
                               List<LocalDateTime> movementBreaks, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path checkinFile = folder.resolve(CHECKIN_CSV);
        writeAtomically(checkinFile, out -> {
            Csv.row(out, "day", "pain_now", "pain_worst", "spasms", "walk_min", "sitting_max_min", "movement_breaks",
                    "stress", "sleep", "note");
            for (CheckIn c : checkIns) {
                Csv.row(out, c.date().toString(), Integer.toString(c.painNow()), Csv.cell(c.painWorst()),
                        Csv.cell(c.spasms()), Csv.cell(c.walkMinutes()), Csv.cell(c.sittingMaxMinutes()),
                        Csv.cell(c.movementBreaks()), Csv.cell(c.stress()), Csv.cell(c.sleep()), c.note());
            }
        });
        Path itemFile = folder.resolve(CHECKIN_ITEM_CSV);
        writeAtomically(itemFile, out -> {
            Csv.row(out, "day", "kind", "item_id");
            for (CheckIn c : checkIns) {
                items(out, c, "area", c.areas());
                items(out, c, "factor", c.factors());
                items(out, c, "red-flag", c.redFlags());
                items(out, c, "milestone", c.milestones());
            }
        });
        Path logFile = folder.resolve(EXERCISE_LOG_CSV);
        writeAtomically(logFile, out -> {
            Csv.row(out, "exercise_id", "day", "done_at", "sets_done", "reps", "hold_seconds", "pain_during");
            for (ExerciseLogEntry e : exerciseLog) {
                Csv.row(out, e.exerciseId(), e.date().toString(), e.doneAt().toString(), Integer.toString(e.sets()),
                        Csv.cell(e.reps()), Csv.cell(e.holdSeconds()), Integer.toString(e.painDuring()));
            }
        });
        Path breakFile = folder.resolve(MOVEMENT_BREAK_CSV);
        writeAtomically(breakFile, out -> {
            Csv.row(out, "day", "taken_at");
            for (LocalDateTime taken : movementBreaks) {
                Csv.row(out, taken.toLocalDate().toString(), taken.toString());
            }
        });
        return List.of(checkinFile, itemFile, logFile, breakFile);
    }

    private static void items(Writer out, CheckIn c, String kind, Set<String> ids) throws IOException {
        for (String id : ids) {
            Csv.row(out, c.date().toString(), kind, id);
        }
    }

    private interface WriteBody {
        void write(Writer out) throws IOException;
    }

    private static void writeAtomically(Path file, WriteBody body) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "." + file.getFileName(), ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                body.write(out);
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    record ExportJson(String format, int formatVersion, String exportedAt, List<CheckInJson> checkIns,
                      List<ExerciseJson> exerciseLog, List<String> movementBreakLog) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ExerciseJson(String exerciseId, String doneAt, int sets, Integer reps, Integer holdSeconds, int painDuring) {
        static ExerciseJson from(ExerciseLogEntry e) {
            return new ExerciseJson(e.exerciseId(), e.doneAt().toString(), e.sets(), e.reps(), e.holdSeconds(),
                    e.painDuring());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CheckInJson(String date, int painNow, Integer painWorst, Integer spasms, List<String> areas,
                       Integer walkMinutes, Integer sittingMaxMinutes, Integer movementBreaks, List<String> factors,
                       Integer stress, Integer sleep, List<String> redFlags, List<String> milestones, String note) {
        static CheckInJson from(CheckIn c) {
            return new CheckInJson(c.date().toString(), c.painNow(), c.painWorst(), c.spasms(),
                    new ArrayList<>(c.areas()), c.walkMinutes(), c.sittingMaxMinutes(), c.movementBreaks(),
                    new ArrayList<>(c.factors()),
                    c.stress(), c.sleep(), new ArrayList<>(c.redFlags()), new ArrayList<>(c.milestones()), c.note());
        }
    }
}
