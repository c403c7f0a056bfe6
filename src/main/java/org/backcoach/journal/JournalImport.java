package org.backcoach.journal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a BackCoach JSON export back and works out what importing it would change. Importing is
 * idempotent: days merge by date and exercise sessions by exercise and time, so a second import
 * of the same file changes nothing.
 */
public final class JournalImport {

    /** Twenty years of daily check-ins and exercise sessions are about 15 MB; allow plenty more. */
    public static final long MAX_BYTES = 200L * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(MAX_BYTES).maxNestingDepth(16).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // 5.5 for a pain score is a wrong value, not a 5.
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    private JournalImport() {
    }

    /** Reads and checks the file's shape; values are checked against the journal's rules later. */
    public static ImportData read(Path file) throws InvalidImportException {
        return read(file, CheckInField.ALL);
    }

    /** For tests of the field list: reads an export whose check-ins have the fields given. */
    static ImportData read(Path file, List<FieldFormat> fields) throws InvalidImportException {
        JournalExport.ExportJson json;
        try {
            if (Files.isDirectory(file)) {
                throw new InvalidImportException(file, List.of("it is a folder; choose the .json file of an export"));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new InvalidImportException(file, List.of("it is larger than " + MAX_BYTES / (1024 * 1024) + " MB"));
            }
            json = MAPPER.readerFor(JournalExport.ExportJson.class).withAttribute(CheckInJson.FIELDS, fields)
                    .readValue(file.toFile());
        } catch (NoSuchFileException e) {
            throw new InvalidImportException(file, List.of("there is no such file"));
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidImportException(file, List.of(path(e) + ": is not a field of a BackCoach journal export"));
        } catch (MismatchedInputException e) {
            throw new InvalidImportException(file, List.of(path(e) + ": is missing or has the wrong type ("
                    + where(e) + e.getOriginalMessage().lines().findFirst().orElse("") + ")"));
        } catch (JsonMappingException e) {
            throw new InvalidImportException(file, List.of("it is not a BackCoach journal export (" + where(e)
                    + e.getOriginalMessage().lines().findFirst().orElse("") + ")"));
        } catch (JsonProcessingException e) {
            throw new InvalidImportException(file, List.of("it is not valid JSON (" + where(e) + e.getOriginalMessage() + ")"));
        } catch (IOException e) {
            throw new InvalidImportException(file, List.of("it cannot be read (" + e.getMessage() + ")"));
        }
        if (json == null || !JournalExport.JSON_FORMAT.equals(json.format())) {
            throw new InvalidImportException(file, List.of("it is not a BackCoach journal export (\"format\" is not \""
                    + JournalExport.JSON_FORMAT + "\")"));
        }
        if (json.formatVersion() > JournalExport.JSON_FORMAT_VERSION || json.formatVersion() < 1) {
            throw new InvalidImportException(file, List.of(("it was written by a newer BackCoach (format version %d; "
                    + "this app reads version %d). Please update BackCoach to import it.")
                    .formatted(json.formatVersion(), JournalExport.JSON_FORMAT_VERSION)));
        }
        List<String> problems = new ArrayList<>();
        List<CheckIn> checkIns = new ArrayList<>();
        List<CheckInJson> days = json.checkIns() == null ? List.of() : json.checkIns();
        String dayKey = fields.stream().filter(f -> f.kind() == FieldFormat.Kind.DAY).findFirst()
                .map(FieldFormat::jsonName).orElseThrow();
        for (int i = 0; i < days.size(); i++) {
            try {
                checkIns.add(Objects.requireNonNull(days.get(i), "empty entry").toCheckIn());
            } catch (DateTimeParseException e) {
                problems.add("checkIns[%d].%s: '%s' is not a date like 2026-11-21".formatted(i, dayKey,
                        days.get(i).dayText()));
            } catch (RuntimeException e) {
                problems.add("checkIns[%d]: cannot be read (%s)".formatted(i, e.getMessage()));
            }
        }
        List<ExerciseLogEntry> log = new ArrayList<>();
        List<JournalExport.ExerciseJson> sessions = json.exerciseLog() == null ? List.of() : json.exerciseLog();
        for (int i = 0; i < sessions.size(); i++) {
            try {
                log.add(Objects.requireNonNull(sessions.get(i), "empty entry").toEntry());
            } catch (DateTimeParseException e) {
                problems.add("exerciseLog[%d].doneAt: '%s' is not a time like 2026-11-21T09:30"
                        .formatted(i, sessions.get(i).doneAt()));
            } catch (RuntimeException e) {
                problems.add("exerciseLog[%d]: cannot be read (%s)".formatted(i, e.getMessage()));
            }
        }
        List<LocalDateTime> breaks = new ArrayList<>();
        List<String> breakTimes = json.movementBreakLog() == null ? List.of() : json.movementBreakLog();
        for (int i = 0; i < breakTimes.size(); i++) {
            try {
                breaks.add(LocalDateTime.parse(Objects.requireNonNull(breakTimes.get(i), "empty entry")));
            } catch (DateTimeParseException | NullPointerException e) {
                problems.add("movementBreakLog[%d]: '%s' is not a time like 2026-11-21T09:30".formatted(i, breakTimes.get(i)));
            }
        }
        List<SafetyReview> reviews = new ArrayList<>();
        List<JournalExport.SafetyReviewJson> reviewJson = json.safetyReviews() == null ? List.of() : json.safetyReviews();
        for (int i = 0; i < reviewJson.size(); i++) {
            try {
                reviews.add(Objects.requireNonNull(reviewJson.get(i), "empty entry").toReview());
            } catch (RuntimeException e) {
                problems.add("safetyReviews[%d]: cannot be read (%s)".formatted(i, e.getMessage()));
            }
        }
        Optional<LocalDate> episodeStart = Optional.empty();
        try {
            episodeStart = Optional.ofNullable(json.episodeStart()).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            problems.add("episodeStart: '%s' is not a date like 2026-11-21".formatted(json.episodeStart()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidImportException(file, problems);
        }
        return new ImportData(file, checkIns, log, breaks, reviews, episodeStart);
    }

    /** What importing {@code data} would change; every value is checked first. Changes nothing. */
    public static ImportPlan plan(Journal journal, ImportData data) throws InvalidImportException {
        synchronized (journal) {
            return plan(data, journal.rules(), journal.today(), journal.contents(), journal.fields());
        }
    }

    /**
     * Imports in one transaction and returns what changed. A day the file has in another version goes
     * to the trash before the file's version replaces it. The undo history starts afresh.
     */
    public static ImportPlan apply(Journal journal, ImportData data) throws InvalidImportException {
        synchronized (journal) {
            ImportPlan plan = plan(journal, data);
            if (plan.changesNothing()) {
                return plan;
            }
            journal.inTransaction(() -> {
                for (ImportPlan.Replacement replacement : plan.replaced()) {
                    journal.history().toTrash(replacement.current(), TrashEntry.Reason.REPLACED_BY_IMPORT);
                    journal.write(replacement.incoming());
                }
                for (CheckIn added : plan.added()) {
                    journal.write(added);
                }
                for (ExerciseLogEntry entry : plan.exercisesAdded()) {
                    journal.upsert(entry);
                }
                for (ExerciseLogEntry entry : plan.exercisesReplaced()) {
                    journal.upsert(entry);
                }
                for (LocalDateTime taken : plan.movementBreaksAdded()) {
                    journal.insertMovementBreak(taken);
                }
                for (SafetyReview review : plan.safetyReviewsAdded()) {
                    journal.insertSafetyReview(review);
                }
                if (plan.newEpisodeStart().isPresent()) {
                    JournalMeta.putEpisodeStart(journal.connection(), plan.newEpisodeStart());
                }
                journal.history().forgetAll();
                return null;
            });
            return plan;
        }
    }

    /** Checks every value with the journal's rules and compares the file with what the journal holds. */
    static ImportPlan plan(ImportData data, JournalRules rules, LocalDate today, JournalContents current,
                           List<FieldFormat> fields) throws InvalidImportException {
        List<String> problems = new ArrayList<>();
        Set<LocalDate> seenDays = new HashSet<>();
        for (int i = 0; i < data.checkIns().size(); i++) {
            CheckIn c = data.checkIns().get(i);
            String at = "checkIns[%d] (%s)".formatted(i, c.date());
            rules.problems(c).forEach(p -> problems.add(at + ": " + p));
            if (c.date() != null && !seenDays.add(c.date())) {
                problems.add(at + ": this date appears more than once in the file");
            }
        }
        Set<String> seenSessions = new HashSet<>();
        for (int i = 0; i < data.exerciseLog().size(); i++) {
            ExerciseLogEntry e = data.exerciseLog().get(i);
            String at = "exerciseLog[%d] (%s at %s)".formatted(i, e.exerciseId(), e.doneAt());
            rules.problems(e).forEach(p -> problems.add(at + ": " + p));
            if (!seenSessions.add(key(e))) {
                problems.add(at + ": this session appears more than once in the file");
            }
        }
        for (int i = 0; i < data.movementBreaks().size(); i++) {
            if (data.movementBreaks().get(i).toLocalDate().isAfter(today)) {
                problems.add("movementBreakLog[%d]: %s is in the future".formatted(i, data.movementBreaks().get(i)));
            }
        }
        for (int i = 0; i < data.safetyReviews().size(); i++) {
            SafetyReview review = data.safetyReviews().get(i);
            int index = i;
            rules.problems(review).forEach(p -> problems.add("safetyReviews[%d]: %s".formatted(index, p)));
        }
        data.episodeStart().filter(d -> d.isAfter(today) || d.isBefore(JournalRules.EARLIEST_DATE))
                .ifPresent(d -> problems.add("episodeStart: " + d + " is not between " + JournalRules.EARLIEST_DATE
                        + " and today"));
        if (!problems.isEmpty()) {
            throw new InvalidImportException(data.source(), problems);
        }

        Map<LocalDate, CheckIn> byDate = current.checkIns().stream().collect(Collectors.toMap(CheckIn::date, c -> c));
        List<CheckIn> added = new ArrayList<>();
        List<ImportPlan.Replacement> replaced = new ArrayList<>();
        int unchanged = 0;
        for (CheckIn incoming : data.checkIns().stream().sorted(java.util.Comparator.comparing(CheckIn::date)).toList()) {
            CheckIn existing = byDate.get(incoming.date());
            if (existing == null) {
                added.add(incoming);
            } else if (existing.equals(incoming)) {
                unchanged++;
            } else {
                replaced.add(new ImportPlan.Replacement(existing, incoming, differences(existing, incoming, fields)));
            }
        }
        Map<String, ExerciseLogEntry> sessions = new HashMap<>();
        current.exerciseLog().forEach(e -> sessions.put(key(e), e));
        List<ExerciseLogEntry> exercisesAdded = new ArrayList<>();
        List<ExerciseLogEntry> exercisesReplaced = new ArrayList<>();
        int exercisesUnchanged = 0;
        for (ExerciseLogEntry incoming : data.exerciseLog()) {
            ExerciseLogEntry existing = sessions.get(key(incoming));
            if (existing == null) {
                exercisesAdded.add(incoming);
            } else if (existing.equals(incoming)) {
                exercisesUnchanged++;
            } else {
                exercisesReplaced.add(incoming);
            }
        }
        // Breaks and safety answers are facts with a time: new ones are added, known ones left alone.
        Set<LocalDateTime> knownBreaks = new HashSet<>(current.movementBreaks());
        List<LocalDateTime> breaksAdded = data.movementBreaks().stream().distinct()
                .filter(t -> !knownBreaks.contains(t)).toList();
        Set<SafetyReview> knownReviews = new HashSet<>(current.safetyReviews());
        List<SafetyReview> reviewsAdded = data.safetyReviews().stream().distinct()
                .filter(r -> !knownReviews.contains(r)).toList();
        Optional<LocalDate> newStart = data.episodeStart().filter(d -> !current.episodeStart().equals(Optional.of(d)));
        return new ImportPlan(added, replaced, unchanged, exercisesAdded, exercisesReplaced, exercisesUnchanged,
                breaksAdded, reviewsAdded, newStart);
    }

    /** The fields in which two versions of a day differ, in the export's order. */
    static List<FieldFormat> differences(CheckIn a, CheckIn b, List<FieldFormat> fields) {
        return fields.stream().filter(f -> !Objects.equals(f.get(a), f.get(b))).toList();
    }

    private static String key(ExerciseLogEntry e) {
        LocalDateTime at = e.doneAt();
        return e.exerciseId() + "@" + at;
    }

    /** The place in the file as a JSON path such as {@code checkIns[3].painNow}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "the file" : path.toString();
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ": ";
    }
}
