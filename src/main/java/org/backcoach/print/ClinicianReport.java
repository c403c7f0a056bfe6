package org.backcoach.print;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import org.backcoach.content.Bundle;
import org.backcoach.content.Milestone;
import org.backcoach.content.RedFlag;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.ExerciseLogEntry;

/**
 * What the clinician report says about a date range, worked out from the journal: the daily pain
 * series with its 7-day average, milestones, exercise adherence and pain during exercise, red-flag
 * answers, notes and (when available) factor insights. Plain data; {@link ClinicianReportPdf} draws it.
 */
public record ClinicianReport(LocalDate from, LocalDate to, List<DayPain> pain, List<MilestoneReached> milestones,
                              int daysExercised, List<ExerciseStats> exercises, List<RedFlagAnswer> redFlags,
                              List<DatedNote> notes, PrintedInsights insights) {

    /** A 7-day average needs at least this many check-ins in its week, or it would just echo one day. */
    static final int MIN_DAYS_FOR_AVERAGE = 3;
    static final int AVERAGE_WINDOW = 7;

    /** One day of the range; null where nothing was recorded. */
    public record DayPain(LocalDate date, Integer now, Integer worst, Double average7) {
    }

    public record MilestoneReached(String id, String label, LocalDate first, int days) {
    }

    public record RedFlagAnswer(String id, String question, RedFlag.Urgency urgency, List<LocalDate> dates) {
    }

    public record DatedNote(LocalDate date, String text) {
    }

    public ClinicianReport {
        pain = List.copyOf(pain);
        milestones = List.copyOf(milestones);
        exercises = List.copyOf(exercises);
        redFlags = List.copyOf(redFlags);
        notes = List.copyOf(notes);
    }

    /**
     * @param checkIns check-ins from {@code from - 6 days} to {@code to}, so the first days of the
     *                 range have a full week behind their average
     * @param log      the exercise log from {@code from} to {@code to}
     */
    public static ClinicianReport build(Bundle bundle, LocalDate from, LocalDate to, List<CheckIn> checkIns,
                                        List<ExerciseLogEntry> log, PrintedInsights insights) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the report's start " + from + " is after its end " + to);
        }
        Map<LocalDate, CheckIn> byDay = new HashMap<>();
        checkIns.forEach(c -> byDay.put(c.date(), c));
        List<CheckIn> inRange = checkIns.stream().filter(c -> !c.date().isBefore(from) && !c.date().isAfter(to))
                .sorted(Comparator.comparing(CheckIn::date)).toList();
        List<DayPain> pain = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            CheckIn c = byDay.get(day);
            pain.add(new DayPain(day, c == null ? null : c.painNow(), c == null ? null : c.painWorst(),
                    average(byDay, day)));
        }
        TreeSet<LocalDate> exerciseDays = new TreeSet<>();
        log.forEach(e -> exerciseDays.add(e.date()));
        return new ClinicianReport(from, to, pain, milestones(bundle, inRange), exerciseDays.size(),
                ExerciseStats.of(log, bundle), redFlags(bundle, inRange), notes(inRange), insights);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public int checkInDays() {
        return (int) pain.stream().filter(d -> d.now() != null).count();
    }

    public int sessions() {
        return exercises.stream().mapToInt(ExerciseStats::sessions).sum();
    }

    public OptionalDouble meanNow() {
        return pain.stream().filter(d -> d.now() != null).mapToInt(DayPain::now).average();
    }

    public OptionalDouble meanWorst() {
        return pain.stream().filter(d -> d.worst() != null).mapToInt(DayPain::worst).average();
    }

    /** Mean pain now over the first (or last) {@code n} days of the range, to show a trend. */
    public OptionalDouble meanNow(boolean first, int n) {
        List<DayPain> part = first ? pain.subList(0, Math.min(n, pain.size()))
                : pain.subList(Math.max(0, pain.size() - n), pain.size());
        return part.stream().filter(d -> d.now() != null).mapToInt(DayPain::now).average();
    }

    private static Double average(Map<LocalDate, CheckIn> byDay, LocalDate day) {
        int count = 0;
        int sum = 0;
        for (int back = 0; back < AVERAGE_WINDOW; back++) {
            CheckIn c = byDay.get(day.minusDays(back));
            if (c != null) {
                count++;
                sum += c.painNow();
            }
        }
        return count >= MIN_DAYS_FOR_AVERAGE ? (double) sum / count : null;
    }

    private static List<MilestoneReached> milestones(Bundle bundle, List<CheckIn> inRange) {
        Map<String, TreeSet<LocalDate>> dates = new TreeMap<>();
        inRange.forEach(c -> c.milestones().forEach(id -> dates.computeIfAbsent(id, k -> new TreeSet<>()).add(c.date())));
        List<MilestoneReached> reached = new ArrayList<>();
        dates.forEach((id, days) -> reached.add(new MilestoneReached(id,
                bundle.milestones().stream().filter(m -> m.id().equals(id)).map(Milestone::firstTime).findFirst().orElse(id),
                days.first(), days.size())));
        reached.sort(Comparator.comparing(MilestoneReached::first).thenComparing(MilestoneReached::label));
        return reached;
    }

    private static List<RedFlagAnswer> redFlags(Bundle bundle, List<CheckIn> inRange) {
        Map<String, List<LocalDate>> dates = new TreeMap<>();
        inRange.forEach(c -> c.redFlags().forEach(id -> dates.computeIfAbsent(id, k -> new ArrayList<>()).add(c.date())));
        List<RedFlagAnswer> answers = new ArrayList<>();
        dates.forEach((id, days) -> {
            RedFlag flag = bundle.redFlag(id).orElse(null);
            answers.add(new RedFlagAnswer(id, flag == null ? id : flag.question(),
                    flag == null ? RedFlag.Urgency.SOON : flag.urgency(), days));
        });
        answers.sort(Comparator.comparing(RedFlagAnswer::urgency).thenComparing(a -> a.dates().get(0)));
        return answers;
    }

    /** Newest first: if the report runs out of room, the oldest notes are the ones left out. */
    private static List<DatedNote> notes(List<CheckIn> inRange) {
        List<DatedNote> notes = new ArrayList<>();
        inRange.forEach(c -> c.noteText().ifPresent(text -> notes.add(new DatedNote(c.date(), text.strip()))));
        notes.sort(Comparator.comparing(DatedNote::date).reversed());
        return notes;
    }
}
