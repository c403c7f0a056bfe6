package org.backcoach.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.backcoach.coach.Coach;
import org.backcoach.coach.PlannedExercise;
import org.backcoach.coach.TodayPlan;
import org.backcoach.content.MovementGoal;
import org.backcoach.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backcoach today [--json]}: the phase, why, today's exercises, or the red-flag stop. */
@Command(name = "today", mixinStandardHelpOptions = true,
        description = {"Show today's recovery phase, the reason for it and today's exercises.",
                "If a red-flag answer is yes, the exercises are withheld and the output says what to do."})
final class TodayCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = "--json", description = "Print JSON: phase, reason, exercises[] (id, dose), redFlagStop, redFlags[].")
    boolean json;

    /** The JSON shape is a promise to scripts: these fields, in this order. */
    record TodayJson(String phase, String reason, List<ExerciseJson> exercises, boolean redFlagStop, List<String> redFlags) {
    }

    record ExerciseJson(String id, String dose) {
    }

    @Override
    public Integer call() throws JsonProcessingException {
        Session session = root.session();
        LocalDate today = LocalDate.now(root.environment.clock());
        TodayPlan plan = new Coach(session.bundle()).plan(session.journal(), today);
        PrintWriter out = root.environment.out();
        if (json) {
            TodayJson body = new TodayJson(plan.phase().id(), plan.reason(),
                    plan.exercises().stream().map(p -> new ExerciseJson(p.id(), p.describeDose())).toList(),
                    plan.redFlagStop(), List.copyOf(plan.redFlags().yesIds()));
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(body));
            return 0;
        }
        int phases = session.bundle().phases().size();
        if (plan.redFlagStop()) {
            out.println("Today, " + today + ": exercises are on hold.");
            out.println(plan.reason());
            RedFlagText.seekCare(plan.redFlags().yesIds(), session.bundle()).forEach(out::println);
            out.println();
            out.println("Once you have sought care, run: backcoach sought-care");
            out.println("If your answer has changed, check in again without it: backcoach checkin --pain N");
            return 0;
        }
        out.println("Today, " + today + ": " + plan.phase().title() + " (phase " + plan.phase().number() + " of " + phases + ")");
        out.println(plan.reason());
        out.println();
        out.println("Exercises for today:");
        List<PlannedExercise> exercises = plan.exercises();
        for (int i = 0; i < exercises.size(); i++) {
            PlannedExercise p = exercises.get(i);
            out.println("  " + (i + 1) + ". " + p.exercise().title() + " (" + p.id() + "): " + p.describeDose());
        }
        MovementGoal goal = plan.movementGoal();
        out.println();
        out.println("Movement: walk " + goal.walkMinutes().describe() + " minutes today; when sitting, get up every "
                + goal.sittingBreakMinutes().describe() + " minutes.");
        out.println("  " + goal.tip());
        out.println("Focus now:");
        plan.focus().forEach(line -> out.println("  - " + line));
        if (!plan.redFlags().yesIds().isEmpty()) {
            out.println("You told BackCoach you have sought care for: " + String.join(", ", plan.redFlags().yesIds())
                    + ". If anything gets worse, seek care again.");
        }
        out.println(plan.checkInDone() ? "Today's check-in: done."
                : "Today's check-in: not done yet (backcoach checkin --pain N).");
        return 0;
    }
}
