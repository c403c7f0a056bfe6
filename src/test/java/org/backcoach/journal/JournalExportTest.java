package org.backcoach.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalExportTest {

    @TempDir
    Path dir;

    private final List<CheckIn> checkIns = List.of(JournalFixtures.full(TODAY.minusDays(1)),
            CheckIn.on(TODAY, 2).note("said \"better\", finally\nsecond line").build());
    private final List<ExerciseLogEntry> log = List.of(
            new ExerciseLogEntry("cat-cow", TODAY.atTime(9, 15), 1, 12, null, 2));
    private final List<LocalDateTime> breaks = List.of(TODAY.atTime(10, 5), TODAY.atTime(11, 0, 30));
    private final List<SafetyReview> reviews = List.of(SafetyReview.screening(TODAY.atTime(8, 0), Set.of("saddle-numbness")),
            SafetyReview.soughtCare(TODAY.atTime(12, 0), Set.of("saddle-numbness")));

    @Test
    void jsonHasEveryFieldAndAFormatMarker() throws Exception {
        Path file = dir.resolve("export.json");
        new JournalExport(JournalFixtures.CLOCK).writeJson(new JournalContents(checkIns, log, breaks, reviews, Optional.of(TODAY.minusDays(9))), file);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.get("format").asText()).isEqualTo(JournalExport.JSON_FORMAT);
        assertThat(root.get("checkIns")).hasSize(2);
        JsonNode first = root.get("checkIns").get(0);
        assertThat(first.get("date").asText()).isEqualTo(TODAY.minusDays(1).toString());
        assertThat(first.get("factors").toString()).isEqualTo("[\"long-sitting\",\"walking\"]");
        assertThat(first.get("sittingMaxMinutes").asInt()).isEqualTo(90);
        assertThat(root.get("checkIns").get(1).has("painWorst")).isFalse();
        assertThat(first.get("milestones").toString()).isEqualTo("[\"stood-straight\"]");
        assertThat(root.get("exerciseLog").get(0).get("exerciseId").asText()).isEqualTo("cat-cow");
        assertThat(root.get("exerciseLog").get(0).get("doneAt").asText()).isEqualTo(TODAY + "T09:15");
        assertThat(first.get("movementBreaks").asInt()).isEqualTo(5);
        assertThat(root.get("checkIns").get(1).has("movementBreaks")).isFalse();
        assertThat(root.get("movementBreakLog").toString()).isEqualTo("[\"" + TODAY + "T10:05\",\"" + TODAY + "T11:00:30\"]");
        assertThat(root.get("safetyReviews")).hasSize(2);
        assertThat(root.get("safetyReviews").get(1).get("kind").asText()).isEqualTo("sought-care");
        assertThat(root.get("episodeStart").asText()).isEqualTo(TODAY.minusDays(9).toString());
    }

    @Test
    void csvWritesOneFilePerTableWithQuoting() throws Exception {
        List<Path> files = new JournalExport(JournalFixtures.CLOCK).writeCsv(new JournalContents(checkIns, log, breaks, reviews, Optional.empty()), dir.resolve("csv"));
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly(JournalExport.CHECKIN_CSV, JournalExport.CHECKIN_ITEM_CSV, JournalExport.EXERCISE_LOG_CSV,
                        JournalExport.MOVEMENT_BREAK_CSV, JournalExport.SAFETY_REVIEW_CSV);
        String checkin = Files.readString(files.get(0));
        assertThat(checkin).startsWith(
                        "day,pain_now,pain_worst,spasms,walk_min,sitting_max_min,movement_breaks,stress,sleep,note\r\n")
                .contains(TODAY.minusDays(1) + ",6,8,3,20,90,5,")
                .contains(TODAY + ",2,,,,,,,,\"said \"\"better\"\", finally\nsecond line\"\r\n");
        assertThat(Files.readAllLines(files.get(1))).contains(TODAY.minusDays(1) + ",factor,walking",
                TODAY.minusDays(1) + ",area,lower-back", TODAY.minusDays(1) + ",milestone,stood-straight");
        assertThat(Files.readAllLines(files.get(2))).containsExactly(
                "exercise_id,day,done_at,sets_done,reps,hold_seconds,pain_during", "cat-cow," + TODAY + "," + TODAY + "T09:15,1,12,,2");
        try (var listing = Files.list(dir.resolve("csv"))) {
            assertThat(listing.count()).as("no temporary files left behind").isEqualTo(5);
        }
        assertThat(Files.readAllLines(files.get(3))).containsExactly("day,taken_at",
                TODAY + "," + TODAY + "T10:05", TODAY + "," + TODAY + "T11:00:30");
        assertThat(Files.readAllLines(files.get(4))).hasSize(3).first().asString().contains("kind");
    }
}
