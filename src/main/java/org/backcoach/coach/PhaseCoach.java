package org.backcoach.coach;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.backcoach.content.Bundle;
import org.backcoach.content.CoachRules;
import org.backcoach.content.Exercise;
import org.backcoach.content.Phase;
import org.backcoach.content.PhaseAdvance;
import org.backcoach.journal.CheckIn;
import org.backcoach.journal.ExerciseLogEntry;

/**
 * Decides the recovery phase by replaying the journal day by day from its first entry. Each
 * day's phase follows from the day before and that day's evidence (its check-in and exercise
 * log), so the answer depends on the journal alone: it is the same after a restart, from the
 * command line and in the window, and nothing extra has to be stored.
 *
 * <p>Rules (thresholds from the bundle's coachRules): step back one phase when an exercise hurt
 * at or above the threshold or pain now rose enough from one check-in to the next; otherwise move
 * on one phase when the phase's advance rule is met; never above the high-pain limit while pain
 * now is high. A check-in made today can bring a step back or the high-pain limit forward to
 * today (it is exactly what tomorrow would decide); moving on always waits a day.
 */
public final class PhaseCoach {

    private final Bundle bundle;
    private final List<Phase> phases;
    private final CoachRules rules;
    private final ReasonWriter writer;
    private final int startIndex;
    private final int capIndex;

    public PhaseCoach(Bundle bundle) {
        this.bundle = bundle;
        this.phases = bundle.phasesInOrder();
        this.rules = bundle.coachRules();
        this.writer = new ReasonWriter(bundle);
        this.startIndex = indexOf(rules.startPhase());
        this.capIndex = indexOf(rules.highPainPhaseLimit());
    }

    public PhaseDecision decide(List<CheckIn> checkIns, List<ExerciseLogEntry> log, LocalDate today) {
        NavigableMap<LocalDate, CheckIn> byDay = new TreeMap<>();
        checkIns.stream().filter(c -> !c.date().isAfter(today)).forEach(c -> byDay.put(c.date(), c));
        Map<LocalDate, List<ExerciseLogEntry>> logByDay = new HashMap<>();
        log.stream().filter(e -> !e.date().isAfter(today))
                .forEach(e -> logByDay.computeIfAbsent(e.date(), d -> new ArrayList<>()).add(e));
        Optional<LocalDate> first = java.util.stream.Stream.concat(byDay.keySet().stream(), logByDay.keySet().stream())
                .min(Comparator.naturalOrder());
        State state = new State(startIndex, first.orElse(today));
        Outcome outcome = new Outcome(PhaseDecision.Kind.START, "start", Map.of(), null);
        if (first.isPresent()) {
            for (LocalDate day = first.get().plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
                outcome = transition(state, day.minusDays(1), byDay, logByDay);
            }
            outcome = sameDay(state, today, byDay, outcome);
        }
        return render(state.index, outcome, today);
    }

    /** The phase in force on {@code evidenceDay + 1}, from the phase on {@code evidenceDay} and its evidence. */
    private Outcome transition(State s, LocalDate evidenceDay, NavigableMap<LocalDate, CheckIn> byDay,
                               Map<LocalDate, List<ExerciseLogEntry>> logByDay) {
        LocalDate nextDay = evidenceDay.plusDays(1);
        CheckIn checkIn = byDay.get(evidenceDay);
        List<ExerciseLogEntry> done = logByDay.getOrDefault(evidenceDay, List.of());
        if (!done.isEmpty()) {
            s.exerciseDays.add(evidenceDay);
        }
        Optional<ExerciseLogEntry> hurt = done.stream().filter(e -> e.painDuring() >= rules.exercisePainStepBack())
                .max(Comparator.comparingInt(ExerciseLogEntry::painDuring));
        Map.Entry<LocalDate, CheckIn> before = byDay.lowerEntry(evidenceDay);
        Outcome outcome;
        if (hurt.isPresent()) {
            s.moveTo(Math.max(0, s.index - 1), nextDay);
            outcome = new Outcome(PhaseDecision.Kind.STEPPED_BACK, "steppedBackExercise", Map.of(
                    "exercise", bundle.exercise(hurt.get().exerciseId()).map(Exercise::title).orElse(hurt.get().exerciseId()),
                    "pain", hurt.get().painDuring(), "limit", rules.exercisePainStepBack()), evidenceDay);
        } else if (checkIn != null && before != null && rose(before.getValue(), checkIn)) {
            s.moveTo(Math.max(0, s.index - 1), nextDay);
            outcome = rise(before.getValue(), checkIn, evidenceDay);
        } else if (checkIn == null) {
            outcome = new Outcome(PhaseDecision.Kind.STAYED, "stayedNoCheckIn", Map.of(), null, evidenceDay);
        } else {
            outcome = advanceOrStay(s, checkIn, evidenceDay);
        }
        if (checkIn != null && checkIn.painNow() >= rules.highPain() && s.index > capIndex) {
            s.moveTo(capIndex, nextDay);
            outcome = cap(checkIn, evidenceDay);
        }
        return outcome;
    }

    private Outcome advanceOrStay(State s, CheckIn c, LocalDate evidenceDay) {
        Optional<PhaseAdvance> maybeRule = phases.get(s.index).advance();
        if (maybeRule.isEmpty() || s.index == phases.size() - 1) {
            return stayed("lastPhase", Map.of("pain", c.painNow()), evidenceDay);
        }
        PhaseAdvance rule = maybeRule.get();
        List<String> missingAll = rule.milestonesAll().stream().filter(m -> !c.milestones().contains(m)).toList();
        List<String> anyReached = rule.milestonesAny().stream().filter(c.milestones()::contains).toList();
        boolean anyMet = rule.milestonesAny().isEmpty() || !anyReached.isEmpty();
        long dayInPhase = ChronoUnit.DAYS.between(s.phaseStart, evidenceDay) + 1;
        if (c.painNow() > rule.painNowAtMost()) {
            return stayed("stayedPain", Map.of("pain", c.painNow(), "limit", rule.painNowAtMost()), evidenceDay);
        }
        if (!missingAll.isEmpty() || !anyMet) {
            List<String> parts = new ArrayList<>(missingAll.stream().map(id -> writer.milestones(List.of(id), "and")).toList());
            if (!anyMet) {
                parts.add(writer.milestones(rule.milestonesAny(), "or"));
            }
            return stayed("stayedMilestones", Map.of("pain", c.painNow(),
                    "milestones", writer.join(parts, writer.word("and"))), evidenceDay);
        }
        if (dayInPhase < rule.daysInPhaseAtLeast()) {
            return stayed("stayedDays", Map.of("pain", c.painNow(), "days", rule.daysInPhaseAtLeast(), "day", dayInPhase),
                    evidenceDay);
        }
        if (s.exerciseDays.size() < rule.exerciseDaysAtLeast()) {
            return stayed("stayedExerciseDays", Map.of("days", rule.exerciseDaysAtLeast(), "done", s.exerciseDays.size()),
                    evidenceDay);
        }
        List<String> reached = new ArrayList<>(rule.milestonesAll());
        reached.addAll(anyReached);
        s.moveTo(s.index + 1, evidenceDay.plusDays(1));
        return new Outcome(PhaseDecision.Kind.ADVANCED, "advanced", Map.of("pain", c.painNow(),
                "milestones", writer.milestones(reached, "and")), evidenceDay);
    }

    /** Today's own check-in may only make today gentler, never harder. */
    private Outcome sameDay(State s, LocalDate today, NavigableMap<LocalDate, CheckIn> byDay, Outcome outcome) {
        CheckIn checkIn = byDay.get(today);
        if (checkIn == null) {
            return outcome;
        }
        Map.Entry<LocalDate, CheckIn> before = byDay.lowerEntry(today);
        if (before != null && rose(before.getValue(), checkIn)) {
            s.index = Math.max(0, s.index - 1);
            outcome = rise(before.getValue(), checkIn, today);
        }
        if (checkIn.painNow() >= rules.highPain() && s.index > capIndex) {
            s.index = capIndex;
            outcome = cap(checkIn, today);
        }
        return outcome;
    }

    private boolean rose(CheckIn before, CheckIn after) {
        return after.painNow() - before.painNow() >= rules.painRiseStepBack();
    }

    private Outcome rise(CheckIn before, CheckIn after, LocalDate day) {
        return new Outcome(PhaseDecision.Kind.STEPPED_BACK, "steppedBackRise",
                Map.of("from", before.painNow(), "to", after.painNow()), day);
    }

    private Outcome cap(CheckIn checkIn, LocalDate day) {
        return new Outcome(PhaseDecision.Kind.CAPPED, "cappedHighPain",
                Map.of("pain", checkIn.painNow(), "limit", rules.highPain()), day);
    }

    private static Outcome stayed(String key, Map<String, Object> values, LocalDate day) {
        return new Outcome(PhaseDecision.Kind.STAYED, key, values, day);
    }

    private PhaseDecision render(int index, Outcome outcome, LocalDate today) {
        Phase phase = phases.get(index);
        Map<String, Object> values = new HashMap<>(outcome.values());
        values.put("phase", phase.title());
        LocalDate whenDay = outcome.evidenceDay() != null ? outcome.evidenceDay() : outcome.missingDay();
        if (whenDay != null) {
            values.put("when", writer.when(whenDay, today));
        }
        return new PhaseDecision(phase, outcome.kind(), writer.write(outcome.key(), values),
                Optional.ofNullable(outcome.evidenceDay()));
    }

    private int indexOf(String phaseId) {
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).id().equals(phaseId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no phase '" + phaseId + "' in the bundle");
    }

    /** Where the replay stands: the phase, the day it began, and the days with exercise in it. */
    private static final class State {
        int index;
        LocalDate phaseStart;
        final Set<LocalDate> exerciseDays = new HashSet<>();

        State(int index, LocalDate phaseStart) {
            this.index = index;
            this.phaseStart = phaseStart;
        }

        void moveTo(int newIndex, LocalDate from) {
            if (newIndex != index) {
                index = newIndex;
                phaseStart = from;
                exerciseDays.clear();
            }
        }
    }

    /** A decision before it is put into words; {@code missingDay} names a day without a check-in. */
    private record Outcome(PhaseDecision.Kind kind, String key, Map<String, Object> values, LocalDate evidenceDay,
                           LocalDate missingDay) {
        Outcome(PhaseDecision.Kind kind, String key, Map<String, Object> values, LocalDate evidenceDay) {
            this(kind, key, values, evidenceDay, null);
        }
    }
}
