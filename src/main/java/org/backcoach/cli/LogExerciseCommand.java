package org.backcoach.cli;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.backcoach.coach.Coach;
import org.backcoach.content.Exercise;
import org.backcoach.journal.ExerciseLogEntry;
import org.backcoach.journal.ExerciseLogField;
import org.backcoach.journal.InvalidExerciseLogException;
import org.backcoach.session.Session;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code backcoach log-exercise ID --pain N [--reps N | --hold-s N]}: records a completed exercise now. */
@Command(name = "log-exercise", mixinStandardHelpOptions = true,
        description = {"Record an exercise you have just done, with how much it hurt during it.",
                "Pain at or above the bundle's threshold (5/10 built in) makes tomorrow's plan step back."})
final class LogExerciseCommand implements Callable<Integer> {

    static final Map<ExerciseLogField, String> FLAGS = Map.of(ExerciseLogField.EXERCISE, "ID",
            ExerciseLogField.TIME, "time", ExerciseLogField.SETS, "--sets", ExerciseLogField.REPS, "--reps",
            ExerciseLogField.HOLD_SECONDS, "--hold-s", ExerciseLogField.PAIN_DURING, "--pain");

    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "ID", description = "The exercise id, e.g. cat-cow (see the Exercises screen).")
    String exerciseId;

    @Option(names = "--pain", required = true, paramLabel = "0-10", description = "Pain during the exercise.")
    int pain;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Amount amount = new Amount();

    /** Reps or a hold length, not both. */
    static final class Amount {
        @Option(names = "--reps", paramLabel = "N", description = "Repetitions per set.")
        Integer reps;

        @Option(names = "--hold-s", paramLabel = "SECONDS", description = "Length of each hold, in seconds.")
        Integer holdSeconds;
    }

    @Option(names = "--sets", paramLabel = "N", defaultValue = "1", description = "Sets done (default: ${DEFAULT-VALUE}).")
    int sets;

    @Override
    public Integer call() {
        Session session = root.session();
        ExerciseLogEntry entry = new ExerciseLogEntry(exerciseId, LocalDateTime.now(root.environment.clock()), sets,
                amount.reps, amount.holdSeconds, pain);
        try {
            session.journal().logExercise(entry);
        } catch (InvalidExerciseLogException e) {
            PrintWriter err = root.environment.err();
            err.println("backcoach: the exercise was not logged:");
            for (InvalidExerciseLogException.Problem problem : e.problems()) {
                err.println("  " + FLAGS.get(problem.field()) + " (" + problem.field().label() + "): " + problem.message());
            }
            return 1;
        }
        PrintWriter out = root.environment.out();
        String title = session.bundle().exercise(exerciseId).map(Exercise::title).orElse(exerciseId);
        String amountText = amount.reps != null ? " of " + amount.reps + " reps"
                : amount.holdSeconds != null ? " of " + amount.holdSeconds + " s holds" : "";
        String time = entry.doneAt().toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm"));
        out.println("Logged " + title + " at " + time + ": " + sets + (sets == 1 ? " set" : " sets") + amountText
                + ", pain during it " + pain + "/10.");
        Coach coach = new Coach(session.bundle());
        if (coach.hurtTooMuch(pain)) {
            out.println(coach.exercisePainMessage(pain));
        }
        return 0;
    }
}
