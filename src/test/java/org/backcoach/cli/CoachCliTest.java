package org.backcoach.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.journal.JournalFixtures.TODAY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code today}, {@code log-exercise} and {@code sought-care} on a real data folder. */
class CoachCliTest {

    @TempDir
    Path dir;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir);
    }

    @Test
    void todayJsonHasExactlyTheAgreedFields() throws Exception {
        checkIn(2, "--pain", "6");
        checkIn(1, "--pain", "4", "--milestones", "walked-10-min");
        JsonNode json = todayJson();
        assertThat(fieldNames(json)).containsExactly("phase", "reason", "exercises", "redFlagStop", "redFlags");
        assertThat(json.get("phase").asText()).isEqualTo("walk");
        assertThat(json.get("reason").asText())
                .isEqualTo("Stand tall and walk, because you walked 10 minutes yesterday and your pain was 4/10.");
        assertThat(json.get("redFlagStop").asBoolean()).isFalse();
        assertThat(json.get("redFlags")).isEmpty();
        assertThat(json.get("exercises")).hasSizeBetween(3, 6).allSatisfy(e -> {
            assertThat(fieldNames(e)).containsExactly("id", "dose");
            assertThat(e.get("dose").asText()).isNotBlank();
        });
        assertThat(json.get("exercises").get(0).get("id").asText()).isEqualTo("cat-cow");
        assertThat(json.get("exercises").get(0).get("dose").asText()).isEqualTo("10–15 reps");
    }

    @Test
    void todayTextNamesThePhaseReasonExercisesAndGoal() {
        CliRunner.Result result = cli.run("today");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Calm the spasm (phase 1 of 4)")
                .contains("because this is where everyone starts")
                .contains("(childs-pose): 2 × hold 20–30 s")
                .contains("Movement: walk 5–10 minutes today; when sitting, get up every 30 minutes.")
                .contains("Today's check-in: not done yet");
    }

    @Test
    void aRedFlagWithholdsThePlanUntilCareIsConfirmed() throws Exception {
        checkIn(1, "--pain", "5", "--red-flags", "pain-below-knee");
        JsonNode stopped = todayJson();
        assertThat(stopped.get("redFlagStop").asBoolean()).isTrue();
        assertThat(stopped.get("exercises")).isEmpty();
        assertThat(stopped.get("redFlags")).extracting(JsonNode::asText).containsExactly("pain-below-knee");
        assertThat(stopped.get("reason").asText()).startsWith("Exercises are on hold").contains("past the knee");
        assertThat(cli.run("today").out()).contains("exercises are on hold").contains("SEEK CARE")
                .contains("backcoach sought-care");

        CliRunner.Result confirmed = cli.run("sought-care");
        assertThat(confirmed.exitCode()).isZero();
        assertThat(confirmed.out()).contains("pain-below-knee");
        JsonNode resumed = todayJson();
        assertThat(resumed.get("redFlagStop").asBoolean()).isFalse();
        assertThat(resumed.get("exercises")).isNotEmpty();
        assertThat(resumed.get("redFlags")).extracting(JsonNode::asText).containsExactly("pain-below-knee");
        assertThat(cli.run("sought-care").out()).contains("Nothing to confirm");
    }

    @Test
    void aChangedAnswerAlsoLiftsTheStop() throws Exception {
        checkIn(1, "--pain", "5", "--red-flags", "night-pain");
        assertThat(todayJson().get("redFlagStop").asBoolean()).isTrue();
        cli.run("checkin", "--pain", "4");
        assertThat(todayJson().get("redFlagStop").asBoolean()).isFalse();
    }

    @Test
    void logExerciseRecordsItAndAPainfulOneStepsTomorrowBack() {
        CliRunner.Result ok = cli.run("log-exercise", "cat-cow", "--pain", "2", "--reps", "12");
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).contains("Logged Cat-cow at 10:30: 1 set of 12 reps, pain during it 2/10.");
        CliRunner.Result hurt = cli.run("log-exercise", "childs-pose", "--pain", "6", "--hold-s", "20", "--sets", "2");
        assertThat(hurt.exitCode()).isZero();
        assertThat(hurt.out()).contains("2 sets of 20 s holds").contains("tomorrow’s plan takes a step back");
        CliRunner.Result export = cli.run("export", "--format", "json", "--out", dir.resolve("out.json").toString());
        assertThat(export.out()).contains("2 exercise sessions");
    }

    @Test
    void logExerciseRefusalsNameTheFlag() {
        CliRunner.Result unknown = cli.run("log-exercise", "moonwalk", "--pain", "2");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("ID (exercise): unknown exercise 'moonwalk'").doesNotContain("Exception");
        CliRunner.Result badPain = cli.run("log-exercise", "cat-cow", "--pain", "12", "--reps", "0");
        assertThat(badPain.exitCode()).isEqualTo(1);
        assertThat(badPain.err()).contains("--pain (pain during the exercise): must be between 0 and 10")
                .contains("--reps (reps): must be between 1 and 500");
        assertThat(cli.run("log-exercise", "cat-cow", "--pain", "2", "--reps", "5", "--hold-s", "20").exitCode())
                .isEqualTo(2);
        assertThat(cli.run("log-exercise", "cat-cow").exitCode()).isEqualTo(2);
    }

    private void checkIn(int daysAgo, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("checkin", "--date", TODAY.minusDays(daysAgo).toString()));
        all.addAll(List.of(args));
        assertThat(cli.run(all.toArray(String[]::new)).exitCode()).isZero();
    }

    private JsonNode todayJson() throws Exception {
        CliRunner.Result result = cli.run("today", "--json");
        assertThat(result.exitCode()).isZero();
        return new ObjectMapper().readTree(result.out());
    }

    private static List<String> fieldNames(JsonNode node) {
        return StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false).toList();
    }
}
