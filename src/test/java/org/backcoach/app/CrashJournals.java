package org.backcoach.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.ExerciseLogEntry;
import org.backcoach.journal.ImportData;
import org.backcoach.journal.InvalidImportException;
import org.backcoach.journal.Journal;
import org.backcoach.journal.JournalContents;
import org.backcoach.journal.JournalExport;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.journal.JournalImport;
import org.backcoach.session.Session;
import org.backcoach.settings.DataFolder;

/** Sizeable journals for the crash tests of backup, import and restore: years of days with long notes. */
final class CrashJournals {

    /** Long notes make the file a few megabytes, so copying it takes long enough for a kill to land inside. */
    private static final String PADDING = " Walked slowly, stretched the hips, rested on the back with knees bent.".repeat(16);
    private static final List<String> EXERCISES = new ArrayList<>(new TreeSet<>(JournalFixtures.EXERCISES));

    private CrashJournals() {
    }

    /**
     * Fills a new data folder with {@code days} days ending {@code offset + 1} days ago, a few of
     * them deleted into the trash, and one backup of exactly that state in backups/.
     */
    static void fill(Path data, int offset, int days, long seed) throws IOException, InvalidImportException {
        try (Session session = Session.open(new DataFolder(data), Optional.empty(), Clock.systemDefaultZone(), "en")) {
            Journal journal = session.journal();
            JournalImport.apply(journal, ImportData.of(data.resolve("generated.json"), checkIns(offset, days, seed),
                    exercises(offset, days, seed), Optional.empty()));
            for (int k = 0; k < days; k += 97) {
                journal.history().delete(day(offset + k));
            }
            try (Stream<Path> old = Files.list(session.backups().folder())) {
                for (Path backup : old.toList()) {
                    Files.delete(backup);
                }
            }
            session.backups().create(journal);
        }
    }

    /** A JSON export of {@code days} days ending {@code offset + 1} days ago, with values of its own seed. */
    static Path export(Path file, int offset, int days, long seed) throws IOException {
        new JournalExport(Clock.systemDefaultZone()).writeJson(
                JournalContents.of(checkIns(offset, days, seed), exercises(offset, days, seed)), file);
        return file;
    }

    private static List<CheckIn> checkIns(int offset, int days, long seed) {
        List<CheckIn> list = new ArrayList<>();
        for (int k = 0; k < days; k++) {
            CheckIn c = CrashCheckIns.checkIn(seed, offset + k, day(offset + k));
            list.add(c.toBuilder().note(c.note() + PADDING).build());
        }
        return list;
    }

    private static List<ExerciseLogEntry> exercises(int offset, int days, long seed) {
        Random random = new Random(seed);
        List<ExerciseLogEntry> list = new ArrayList<>();
        for (int k = 0; k < days; k++) {
            for (int n = 0; n < 2; n++) {
                boolean hold = random.nextBoolean();
                list.add(new ExerciseLogEntry(EXERCISES.get(random.nextInt(EXERCISES.size())),
                        day(offset + k).atTime(9 + n * 4, random.nextInt(60)), 1 + random.nextInt(3),
                        hold ? null : 5 + random.nextInt(10), hold ? 10 + random.nextInt(30) : null, random.nextInt(6)));
            }
        }
        return list;
    }

    private static LocalDate day(int offset) {
        return LocalDate.now().minusDays(1L + offset);
    }
}
