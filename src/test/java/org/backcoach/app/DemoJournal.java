package org.backcoach.app;

import java.time.LocalDate;
import java.util.Set;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.ExerciseLogEntry;
import org.backcoach.journal.Journal;
import org.backcoach.journal.SafetyReview;

/**
 * A believable month of recovery for screenshots and whole-window tests: easing pain with a
 * relapse, walks getting longer, milestones, notes (one of them long), exercise sessions, and
 * the safety questions answered on the first day, so every screen has something real to show.
 */
public final class DemoJournal {

    private static java.nio.file.Path template;

    private DemoJournal() {
    }

    /**
     * Puts a copy of the demo journal into {@code dataDir}. The journal is written once per run
     * (every save is a durable transaction, which takes a while) and copied from then on.
     */
    public static synchronized void copyInto(java.nio.file.Path dataDir, java.time.Clock clock) throws java.io.IOException {
        if (template == null) {
            java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("backcoach-demo-journal");
            try (org.backcoach.session.Session session = org.backcoach.session.Session.open(
                    new org.backcoach.settings.DataFolder(folder), java.util.Optional.empty(), clock, "en")) {
                fill(session.journal(), LocalDate.now(clock));
            }
            template = folder.resolve("journal.db");
        }
        java.nio.file.Files.createDirectories(dataDir);
        java.nio.file.Files.copy(template, dataDir.resolve("journal.db"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    public static void fill(Journal journal, LocalDate today) {
        journal.recordSafetyReview(SafetyReview.screening(today.minusDays(27).atTime(8, 0), Set.of()));
        for (int back = 27; back >= 1; back--) {
            if (back % 6 == 5) {
                continue; // a few days without a check-in: gaps in the charts
            }
            LocalDate day = today.minusDays(back);
            int pain = Math.max(1, 7 - (27 - back) / 4 + (back == 9 ? 2 : 0));
            CheckIn.Builder c = CheckIn.on(day, pain).painWorst(Math.min(10, pain + 2)).spasms(back > 20 ? 3 : back > 10 ? 1 : 0)
                    .walkMinutes(5 + (27 - back) * 2).sittingMaxMinutes(Math.max(20, 120 - (27 - back) * 4))
                    .stress(back % 3 + 3).sleep(7 - back % 3).areas(Set.of("lower-back"))
                    .factors(back % 2 == 0 ? Set.of("walking", "heat") : Set.of("long-sitting"));
            if (back == 22) {
                c.milestones(Set.of("stood-straight"));
            } else if (back == 14) {
                c.milestones(Set.of("walked-10-min", "out-of-bed-unaided"));
            } else if (back == 4) {
                c.milestones(Set.of("sat-30-min"));
            }
            if (back == 26) {
                c.note("Could barely get out of bed this morning. Lay flat on the floor for ten minutes with my knees up, "
                        + "then walked slowly to the kitchen and back twice. Heat pack on the lower back helped a little; "
                        + "sitting on the sofa made it worse, so I kept getting up every twenty minutes.");
            } else if (back == 13) {
                c.note("First walk round the block. Stiff for the first minutes, then easier.");
            } else if (back == 3) {
                c.note("Long car journey; tight afterwards, better after cat-cow and a short walk.");
            }
            save(journal, c.build());
            if (back <= 24) {
                log(journal, new ExerciseLogEntry("cat-cow", day.atTime(9, 0), 1, 10, null, Math.max(0, pain - 3)));
                log(journal, new ExerciseLogEntry("pelvic-tilts", day.atTime(9, 10), 2, 10, null, Math.max(0, pain - 2)));
            }
        }
    }

    private static void save(Journal journal, CheckIn checkIn) {
        try {
            journal.save(checkIn);
        } catch (org.backcoach.journal.InvalidCheckInException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void log(Journal journal, ExerciseLogEntry entry) {
        try {
            journal.logExercise(entry);
        } catch (org.backcoach.journal.InvalidExerciseLogException e) {
            throw new IllegalStateException(e);
        }
    }
}
