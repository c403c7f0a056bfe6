package org.backcoach.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.CheckInField;
import org.backcoach.journal.FieldProblem;
import org.backcoach.journal.InvalidCheckInException;
import org.backcoach.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backcoach checkin}: records how a day went; saving a date again updates it. */
@Command(name = "checkin", mixinStandardHelpOptions = true,
        description = "Save today's check-in (or --date's). Only --pain is required.")
final class CheckInCommand implements Callable<Integer> {

    /** How each field is spelled on the command line, so refusals name the flag the person typed. */
    static final Map<CheckInField, String> FLAGS = Map.ofEntries(
            Map.entry(CheckInField.DATE, "--date"), Map.entry(CheckInField.PAIN_NOW, "--pain"),
            Map.entry(CheckInField.PAIN_WORST, "--worst"), Map.entry(CheckInField.SPASMS, "--spasms"),
            Map.entry(CheckInField.AREAS, "--areas"), Map.entry(CheckInField.WALK_MINUTES, "--walk-min"),
            Map.entry(CheckInField.SITTING_MAX_MINUTES, "--sitting-max-min"),
            Map.entry(CheckInField.MOVEMENT_BREAKS, "--breaks"),
            Map.entry(CheckInField.FACTORS, "--factors"), Map.entry(CheckInField.STRESS, "--stress"),
            Map.entry(CheckInField.SLEEP, "--sleep"), Map.entry(CheckInField.RED_FLAGS, "--red-flags"),
            Map.entry(CheckInField.MILESTONES, "--milestones"),
            Map.entry(CheckInField.NOTE, "--note"));

    @ParentCommand
    RootCommand root;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Day of the check-in (default: today).")
    LocalDate date;

    @Option(names = "--pain", required = true, paramLabel = "0-10", description = "Pain now, 0 (none) to 10 (worst imaginable).")
    int pain;

    @Option(names = "--worst", paramLabel = "0-10", description = "Worst pain today.")
    Integer worst;

    @Option(names = "--spasms", paramLabel = "N", description = "Number of spasms today.")
    Integer spasms;

    @Option(names = "--areas", split = ",", paramLabel = "ID", description = "Pain areas: neck, shoulders, upper-back, "
            + "mid-back, lower-back, hips-glutes, thighs, below-knee.")
    List<String> areas = List.of();

    @Option(names = "--walk-min", paramLabel = "MIN", description = "Minutes walked today.")
    Integer walkMinutes;

    @Option(names = "--sitting-max-min", paramLabel = "MIN", description = "Longest unbroken sitting spell, in minutes.")
    Integer sittingMaxMinutes;

    @Option(names = "--breaks", paramLabel = "N", description = "Movement breaks taken today "
            + "(default: the breaks counted by the app's reminders that day, if any).")
    Integer movementBreaks;

    @Option(names = "--factors", split = ",", paramLabel = "ID", description = "Factor ids that applied today, e.g. walking,long-sitting.")
    List<String> factors = List.of();

    @Option(names = "--stress", paramLabel = "0-10", description = "Stress today.")
    Integer stress;

    @Option(names = "--sleep", paramLabel = "0-10", description = "Sleep quality last night (10 = slept very well).")
    Integer sleep;

    @Option(names = "--red-flags", split = ",", paramLabel = "ID", description = "Red-flag questions answered yes.")
    List<String> redFlags = List.of();

    @Option(names = "--milestones", split = ",", paramLabel = "ID", description = "Milestones reached today: "
            + "stood-straight, walked-10-min, out-of-bed-unaided, socks-unaided, sat-30-min, slept-through.")
    List<String> milestones = List.of();

    @Option(names = "--note", paramLabel = "TEXT", description = "A note, up to 4,000 characters.")
    String note = "";

    @Override
    public Integer call() {
        Session session = root.session();
        LocalDate day = date != null ? date : LocalDate.now(root.environment.clock());
        CheckIn checkIn = CheckIn.on(day, pain)
                .painWorst(worst).spasms(spasms).areas(ids(areas)).walkMinutes(walkMinutes)
                .sittingMaxMinutes(sittingMaxMinutes).movementBreaks(breaks(session, day))
                .factors(ids(factors)).stress(stress).sleep(sleep)
                .redFlags(ids(redFlags)).milestones(ids(milestones)).note(note).build();
        PrintWriter out = root.environment.out();
        try {
            session.journal().save(checkIn);
        } catch (InvalidCheckInException e) {
            PrintWriter err = root.environment.err();
            err.println("backcoach: the check-in was not saved:");
            for (FieldProblem problem : e.problems()) {
                err.println("  " + FLAGS.get(problem.field()) + " (" + problem.field().label() + "): " + problem.message());
            }
            return 1;
        }
        out.println("Saved the check-in for " + checkIn.date() + ":");
        CheckInText.details(checkIn, session.bundle()).forEach(line -> out.println("  " + line));
        RedFlagText.seekCare(checkIn.redFlags(), session.bundle()).forEach(out::println);
        return 0;
    }

    /** The typed count, else the breaks the reminders logged that day (none logged: not recorded). */
    private Integer breaks(Session session, LocalDate day) {
        if (movementBreaks != null) {
            return movementBreaks;
        }
        int logged = session.journal().movementBreaksLogged(day);
        return logged > 0 ? logged : null;
    }

    private static Set<String> ids(List<String> raw) {
        Set<String> ids = new LinkedHashSet<>();
        raw.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(ids::add);
        return ids;
    }
}
