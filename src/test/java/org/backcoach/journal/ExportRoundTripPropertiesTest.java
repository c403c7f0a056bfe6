package org.backcoach.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.backcoach.testing.TempFolders;

/** Whatever a journal holds comes back exactly from its JSON export, and the CSV export says the same. */
class ExportRoundTripPropertiesTest {

    private static Path dir;

    @BeforeContainer
    static void createFolder() throws Exception {
        dir = Files.createTempDirectory("round-trip");
    }

    @AfterContainer
    static void removeFolder() throws Exception {
        TempFolders.deleteTree(dir);
    }

    @Provide
    Arbitrary<List<CheckIn>> journals() {
        Arbitrary<Integer> score = Arbitraries.integers().between(0, 10);
        Arbitrary<CheckIn> day = Combinators.combine(
                Arbitraries.integers().between(0, 3000), score, score.injectNull(0.3),
                Arbitraries.integers().between(0, JournalRules.MAX_SPASMS).injectNull(0.4),
                Arbitraries.of(PainAreas.IDS).set().ofMaxSize(4),
                Arbitraries.integers().between(0, JournalRules.MAX_MINUTES).injectNull(0.3),
                Arbitraries.of(JournalFixtures.FACTORS).set().ofMaxSize(5),
                HostileText.notes()).as((back, pain, worst, spasms, areas, walk, factors, note) ->
                CheckIn.on(JournalFixtures.TODAY.minusDays(back), pain)
                        .painWorst(worst == null ? null : Math.max(pain, worst)).spasms(spasms).areas(areas)
                        .walkMinutes(walk).factors(factors).redFlags(note.length() % 7 == 0 ? Set.of("night-pain") : Set.of())
                        .milestones(note.length() % 5 == 0 ? Set.of("slept-through") : Set.of()).note(note).build());
        return day.list().ofMinSize(1).ofMaxSize(25).uniqueElements(CheckIn::date);
    }

    @Property(tries = 60)
    void aJournalComesBackExactlyFromItsExports(@ForAll("journals") List<CheckIn> days) throws Exception {
        Path run = Files.createTempDirectory(dir, "run");
        List<CheckIn> sorted = days.stream().sorted(Comparator.comparing(CheckIn::date)).toList();
        JournalExport export = new JournalExport(JournalFixtures.CLOCK);
        Path json = run.resolve("export.json");
        export.writeJson(new JournalContents(days, List.of(), List.of(), List.of(), Optional.of(LocalDate.of(2020, 2, 29))),
                json);
        try (Journal journal = JournalFixtures.open(run)) {
            JournalImport.apply(journal, JournalImport.read(json));
            assertThat(journal.all()).isEqualTo(sorted);
            assertThat(journal.episodeStart()).contains(LocalDate.of(2020, 2, 29));
        }
        List<Path> csv = export.writeCsv(JournalContents.of(sorted, List.of()), run.resolve("csv"));
        List<List<String>> rows = HostileText.parseCsv(Files.readString(csv.get(0), StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        assertThat(rows).hasSize(sorted.size() + 1);
        for (int i = 0; i < sorted.size(); i++) {
            List<String> row = rows.get(i + 1);
            assertThat(row.get(header.indexOf("day"))).isEqualTo(sorted.get(i).date().toString());
            assertThat(row.get(header.indexOf("pain_now"))).isEqualTo(Integer.toString(sorted.get(i).painNow()));
            assertThat(row.get(header.indexOf("note"))).isEqualTo(sorted.get(i).note());
        }
        List<List<String>> items = HostileText.parseCsv(Files.readString(csv.get(1), StandardCharsets.UTF_8));
        long expectedItems = sorted.stream().mapToLong(c -> c.areas().size() + c.factors().size() + c.redFlags().size()
                + c.milestones().size()).sum();
        assertThat(items).hasSize((int) expectedItems + 1);
    }

    @Property(tries = 30)
    void aNoteWithAControlCharacterIsRefusedByName(@ForAll("controlNotes") String note) {
        List<FieldProblem> problems = JournalFixtures.validator().problems(CheckIn.on(JournalFixtures.TODAY, 3).note(note).build());
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(CheckInField.NOTE);
            assertThat(p.message()).contains("control character (U+");
        });
    }

    @Provide
    Arbitrary<String> controlNotes() {
        return HostileText.withControlCharacter();
    }
}
