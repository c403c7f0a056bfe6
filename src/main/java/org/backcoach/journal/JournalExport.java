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
import java.util.Optional;
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

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Clock clock;

    public JournalExport(Clock clock) {
        this.clock = clock;
    }

    public void writeJson(List<CheckIn> checkIns, List<ExerciseLogEntry> exerciseLog, Path file) throws IOException {
        writeJson(checkIns, exerciseLog, Optional.empty(), file);
    }

    /** As above, with the date the person set as the start of this episode, when there is one. */
    public void writeJson(List<CheckIn> checkIns, List<ExerciseLogEntry> exerciseLog, Optional<LocalDate> episodeStart,
                          Path file) throws IOException {
        ExportJson export = new ExportJson(JSON_FORMAT, JSON_FORMAT_VERSION,
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(),
                checkIns.stream().map(CheckInJson::from).toList(),
                exerciseLog.stream().map(ExerciseJson::from).toList(),
                episodeStart.map(LocalDate::toString).orElse(null));
        writeAtomically(file, out -> mapper.writeValue(out, export));
    }

    /** Writes one CSV file per table into {@code folder}; returns the files written. */
    public List<Path> writeCsv(List<CheckIn> checkIns, List<ExerciseLogEntry> exerciseLog, Path folder)
            throws IOException {
        OwnerOnly.createFolders(folder);
        Path checkinFile = folder.resolve(CHECKIN_CSV);
        writeAtomically(checkinFile, out -> {
            Csv.row(out, "day", "pain_now", "pain_worst", "spasms", "walk_min", "sitting_max_min", "stress", "sleep", "note");
            for (CheckIn c : checkIns) {
                Csv.row(out, c.date().toString(), Integer.toString(c.painNow()), Csv.cell(c.painWorst()),
                        Csv.cell(c.spasms()), Csv.cell(c.walkMinutes()), Csv.cell(c.sittingMaxMinutes()),
                        Csv.cell(c.stress()), Csv.cell(c.sleep()), c.note());
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
        return List.of(checkinFile, itemFile, logFile);
    }

    private static void items(Writer out, CheckIn c, String kind, Set<String> ids) throws IOException {
        for (String id : ids) {
            Csv.row(out, c.date().toString(), kind, id);
        }
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
                      List<ExerciseJson> exerciseLog, String episodeStart) {
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

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CheckInJson(String date, int painNow, Integer painWorst, Integer spasms, List<String> areas,
                       Integer walkMinutes, Integer sittingMaxMinutes, List<String> factors, Integer stress,
                       Integer sleep, List<String> redFlags, List<String> milestones, String note) {
        static CheckInJson from(CheckIn c) {
            return new CheckInJson(c.date().toString(), c.painNow(), c.painWorst(), c.spasms(),
                    new ArrayList<>(c.areas()), c.walkMinutes(), c.sittingMaxMinutes(), new ArrayList<>(c.factors()),
                    c.stress(), c.sleep(), new ArrayList<>(c.redFlags()), new ArrayList<>(c.milestones()), c.note());
        }

        /** Back to a check-in; a date that does not parse throws DateTimeParseException. */
        CheckIn toCheckIn() {
            return CheckIn.on(date == null ? null : LocalDate.parse(date), painNow).painWorst(painWorst).spasms(spasms)
                    .areas(set(areas)).walkMinutes(walkMinutes).sittingMaxMinutes(sittingMaxMinutes)
                    .factors(set(factors)).stress(stress).sleep(sleep).redFlags(set(redFlags))
                    .milestones(set(milestones)).note(note).build();
        }

        private static Set<String> set(List<String> ids) {
            return ids == null ? Set.of() : new java.util.TreeSet<>(ids);
        }
    }
}
