package org.backcoach.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.backcoach.journal.CheckIn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backcoach list}: recent check-ins as a table, oldest first. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Show recent check-ins.")
final class ListCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = "--days", paramLabel = "N", defaultValue = "14",
            description = "How many days back from today to show (default: ${DEFAULT-VALUE}).")
    int days;

    @Override
    public Integer call() {
        if (days < 1) {
            throw new CliException("--days must be 1 or more, not " + days, 2);
        }
        List<CheckIn> checkIns = root.session().journal().recent(days);
        PrintWriter out = root.environment.out();
        if (checkIns.isEmpty()) {
            out.println("No check-ins in the last " + days + " days.");
            return 0;
        }
        out.println("date        pain worst spasms walk-min sit-max  factors / note");
        for (CheckIn c : checkIns) {
            String rest = String.join(", ", c.factors());
            if (!c.note().isBlank()) {
                rest = rest.isEmpty() ? c.note() : rest + " | " + c.note();
            }
            out.printf("%-10s %5d %5s %6s %8s %7s  %s%n", c.date(), c.painNow(), dash(c.painWorst()), dash(c.spasms()),
                    dash(c.walkMinutes()), dash(c.sittingMaxMinutes()), oneLine(rest));
        }
        return 0;
    }

    private static String dash(Integer value) {
        return value == null ? "-" : value.toString();
    }

    private static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        // Counted in characters as a person sees them, so an emoji is never cut in half.
        return flat.codePointCount(0, flat.length()) > 60 ? flat.substring(0, flat.offsetByCodePoints(0, 59)) + "…" : flat;
    }
}
