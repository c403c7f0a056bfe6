package org.backcoach.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backcoach.files.Durable;
import org.backcoach.files.OwnerOnly;

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
    public static final String SAFETY_REVIEW_CSV = "safety_review.csv";

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Clock clock;
    private final List<FieldFormat> fields;

    public JournalExport(Clock clock) {
        this(clock, CheckInField.ALL);
    }

    /** For tests of the field list: exports the check-in fields given. */
    JournalExport(Clock clock, List<FieldFormat> fields) {
        this.clock = clock;
        this.fields = List.copyOf(fields);
    }

    public void writeJson(JournalContents contents, Path file) throws IOException {
        ExportJson export = new ExportJson(JSON_FORMAT, JSON_FORMAT_VERSION,
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(),
                contents.checkIns().stream().map(c -> CheckInJson.of(c, fields)).toList(),
                contents.exerciseLog().stream().map(ExerciseJson::from).toList(),
                contents.movementBreaks().stream().map(LocalDateTime::toString).toList(),
                contents.safetyReviews().stream().map(SafetyReviewJson::from).toList(),
                contents.episodeStart().map(LocalDate::toString).orElse(null));
        writeAtomically(file, out -> mapper.writeValue(out, export));
    }

    /** Writes one CSV file per table into {@code folder}; returns the files written. */
    public List<Path> writeCsv(JournalContents contents, Path folder) throws IOException {
        List<CheckIn> checkIns = contents.checkIns();
        OwnerOnly.createFolders(folder);
        Path checkinFile = folder.resolve(CHECKIN_CSV);
        List<FieldFormat> columns = fields.stream().filter(f -> f.kind().isColumn()).toList();
        writeAtomically(checkinFile, out -> {
            Csv.row(out, columns.stream().map(FieldFormat::csvName).toArray(String[]::new));
            for (CheckIn c : checkIns) {
                Csv.row(out, columns.stream().map(f -> f.kind().csvCell(f.get(c))).toArray(String[]::new));
            }
        });
        List<FieldFormat> itemSets = fields.stream().filter(f -> !f.kind().isColumn()).toList();
        Path itemFile = folder.resolve(CHECKIN_ITEM_CSV);
        writeAtomically(itemFile, out -> {
            Csv.row(out, "day", "kind", "item_id");
            for (CheckIn c : checkIns) {
                for (FieldFormat field : itemSets) {
                    for (Object id : (Set<?>) field.get(c)) {
                        Csv.row(out, c.date().toString(), field.csvName(), (String) id);
                    }
                }
            }
        });
        Path logFile = folder.resolve(EXERCISE_LOG_CSV);
        writeAtomically(logFile, out -> {
            Csv.row(out, "exercise_id", "day", "done_at", "sets_done", "reps", "hold_seconds", "pain_during");
            for (ExerciseLogEntry e : contents.exerciseLog()) {
                Csv.row(out, e.exerciseId(), e.date().toString(), e.doneAt().toString(), Integer.toString(e.sets()),
                        Csv.cell(e.reps()), Csv.cell(e.holdSeconds()), Integer.toString(e.painDuring()));
            }
        });
        Path breakFile = folder.resolve(MOVEMENT_BREAK_CSV);
        writeAtomically(breakFile, out -> {
            Csv.row(out, "day", "taken_at");
            for (LocalDateTime taken : contents.movementBreaks()) {
                Csv.row(out, taken.toLocalDate().toString(), taken.toString());
            }
        });
        Path reviewFile = folder.resolve(SAFETY_REVIEW_CSV);
        writeAtomically(reviewFile, out -> {
            Csv.row(out, "kind", "day", "recorded_at", "red_flags");
            for (SafetyReview r : contents.safetyReviews()) {
                Csv.row(out, r.kind().dbName(), r.date().toString(), r.at().toString(), String.join(",", r.redFlags()));
            }
        });
        return List.of(checkinFile, itemFile, logFile, breakFile, reviewFile);
    }

    private interface WriteBody {
        void write(Writer out) throws IOException;
    }

    /** Health data: the file is the person's alone (owner-only), and appears whole or not at all. */
    private static void writeAtomically(Path file, WriteBody body) throws IOException {
        Path parent = OwnerOnly.createFolders(file.toAbsolutePath().getParent());
        Path temp = OwnerOnly.createTempFile(parent, "." + file.getFileName(), ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                body.write(out);
            }
            Durable.moveIntoPlace(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ExportJson(String format, int formatVersion, String exportedAt, List<CheckInJson> checkIns,
                      List<ExerciseJson> exerciseLog, List<String> movementBreakLog,
                      List<SafetyReviewJson> safetyReviews, String episodeStart) {
    }

    /** A first-start screening or a sought-care confirmation, with the red flags it was about. */
    record SafetyReviewJson(String kind, String recordedAt, List<String> redFlags) {
        static SafetyReviewJson from(SafetyReview r) {
            return new SafetyReviewJson(r.kind().dbName(), r.at().toString(), new ArrayList<>(r.redFlags()));
        }

        /** Back to a review; an unknown kind throws IllegalArgumentException, a bad time DateTimeParseException. */
        SafetyReview toReview() {
            return new SafetyReview(SafetyReview.Kind.fromDb(kind), LocalDateTime.parse(recordedAt),
                    redFlags == null ? new java.util.TreeSet<>() : new java.util.TreeSet<>(redFlags));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ExerciseJson(String exerciseId, String doneAt, int sets, Integer reps, Integer holdSeconds, int painDuring) {
        static ExerciseJson from(ExerciseLogEntry e) {
            return new ExerciseJson(e.exerciseId(), e.doneAt().toString(), e.sets(), e.reps(), e.holdSeconds(),
                    e.painDuring());
        }

        ExerciseLogEntry toEntry() {
            return new ExerciseLogEntry(exerciseId, doneAt == null ? null : LocalDateTime.parse(doneAt), sets, reps,
                    holdSeconds, painDuring);
        }
    }
}
