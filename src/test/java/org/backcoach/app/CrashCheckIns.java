package org.backcoach.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.JournalFixtures;
import org.backcoach.journal.Milestones;
import org.backcoach.journal.PainAreas;

/**
 * The check-ins the crash tests save: each one follows from (seed, sequence number) alone, so the
 * test and its child processes agree on every value without passing data around. Notes carry SQL
 * metacharacters, quotes, emoji, right-to-left text and line breaks, as real notes may.
 */
public final class CrashCheckIns {

    private static final List<String> NOTES = List.of("", "Stiff in the morning; better after a walk.",
            "Robert'); DROP TABLE checkin;--", "Sat too long 😖 then walked it off 🚶", "כאב בגב התחתון, קצת יותר טוב",
            "\"Quoted\", with commas, and a\nsecond line", "Wärmflasche half; ça va mieux", "100% better? no — 50%",
            "tab\tseparated \\ backslash");
    private static final List<String> FACTORS = new ArrayList<>(new TreeSet<>(JournalFixtures.FACTORS));

    private CrashCheckIns() {
    }

    public static CheckIn checkIn(long seed, int seq, LocalDate date) {
        Random r = new Random(seed * 1_000_003L + seq);
        int pain = r.nextInt(11);
        return CheckIn.on(date, pain)
                .painWorst(r.nextInt(4) == 0 ? null : pain + r.nextInt(11 - pain))
                .spasms(r.nextBoolean() ? null : r.nextInt(6))
                .areas(some(PainAreas.IDS, r.nextInt(4), r))
                .walkMinutes(r.nextBoolean() ? null : r.nextInt(121))
                .sittingMaxMinutes(r.nextInt(3) == 0 ? null : r.nextInt(241))
                .factors(some(FACTORS, r.nextInt(4), r))
                .stress(r.nextBoolean() ? null : r.nextInt(11))
                .sleep(r.nextBoolean() ? null : r.nextInt(11))
                .milestones(some(Milestones.IDS, r.nextInt(3) == 0 ? 1 : 0, r))
                .note(NOTES.get(r.nextInt(NOTES.size())) + (r.nextBoolean() ? " #" + seq : ""))
                .build();
    }

    /** The store test's day for a sequence number: a window of days before {@code anchor}, so later saves update earlier days. */
    public static LocalDate storeDate(LocalDate anchor, int seq, int window) {
        return anchor.minusDays(1L + seq % window);
    }

    /** {@code backcoach checkin ...} arguments that save exactly {@code c}. */
    public static List<String> commandLine(CheckIn c) {
        List<String> args = new ArrayList<>(List.of("checkin", "--date", c.date().toString(),
                "--pain", Integer.toString(c.painNow())));
        option(args, "--worst", c.painWorst());
        option(args, "--spasms", c.spasms());
        list(args, "--areas", c.areas());
        option(args, "--walk-min", c.walkMinutes());
        option(args, "--sitting-max-min", c.sittingMaxMinutes());
        list(args, "--factors", c.factors());
        option(args, "--stress", c.stress());
        option(args, "--sleep", c.sleep());
        list(args, "--milestones", c.milestones());
        if (!c.note().isEmpty()) {
            args.add("--note=" + c.note());
        }
        return args;
    }

    private static void option(List<String> args, String flag, Integer value) {
        if (value != null) {
            args.add(flag);
            args.add(value.toString());
        }
    }

    private static void list(List<String> args, String flag, Set<String> ids) {
        if (!ids.isEmpty()) {
            args.add(flag);
            args.add(String.join(",", ids));
        }
    }

    private static Set<String> some(List<String> from, int count, Random r) {
        Set<String> picked = new TreeSet<>();
        while (picked.size() < count) {
            picked.add(from.get(r.nextInt(from.size())));
        }
        return picked;
    }
}
