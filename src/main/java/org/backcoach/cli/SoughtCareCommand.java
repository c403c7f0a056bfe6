package org.backcoach.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import org.backcoach.coach.RedFlagStatus;
import org.backcoach.journal.Journal;
import org.backcoach.journal.SafetyReview;
import org.backcoach.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code backcoach sought-care}: confirms care was sought for today's red-flag answers, lifting the stop. */
@Command(name = "sought-care", mixinStandardHelpOptions = true,
        description = {"Confirm that you have seen, or are seeing, a doctor or physiotherapist about your red-flag answers.",
                "This lets the exercise plan resume while those answers stay the same."})
final class SoughtCareCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        Session session = root.session();
        Journal journal = session.journal();
        LocalDate today = LocalDate.now(root.environment.clock());
        RedFlagStatus status = RedFlagStatus.evaluate(session.bundle(), journal.all(), journal.safetyReviews(), today);
        PrintWriter out = root.environment.out();
        if (!status.stop()) {
            out.println("Nothing to confirm: no red-flag answer is holding back your plan.");
            return 0;
        }
        journal.recordSafetyReview(SafetyReview.soughtCare(LocalDateTime.now(root.environment.clock()), status.yesIds()));
        out.println("Thank you. Noted that you have sought care for: " + String.join(", ", status.yesIds()) + ".");
        out.println("Your exercise plan is back (backcoach today). If anything new appears or gets worse, seek care again.");
        return 0;
    }
}
