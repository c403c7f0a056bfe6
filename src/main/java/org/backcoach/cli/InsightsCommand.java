package org.backcoach.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.backcoach.content.ProgressRules;
import org.backcoach.insights.FactorInsight;
import org.backcoach.insights.FactorInsights;
import org.backcoach.journal.CheckIn;
import org.backcoach.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backcoach insights [--json]}: which factors went with higher or lower pain, strongest first. */
@Command(name = "insights", mixinStandardHelpOptions = true,
        description = {"Compare your pain on days with and without each factor, on the same day and the next day.",
                "These are patterns in your own journal, not proof of what causes what."})
final class InsightsCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = "--json", description = "Print a JSON array: factor, kind, lagDays, daysWith, daysWithout, "
            + "meanPainWith, meanPainWithout, difference.")
    boolean json;

    @Override
    public Integer call() {
        Session session = root.session();
        List<CheckIn> checkIns = session.journal().all();
        ProgressRules.Insights rules = session.bundle().progress().insights();
        List<FactorInsight> insights = FactorInsights.compute(checkIns, session.bundle().factors(), rules);
        PrintWriter out = root.environment.out();
        if (json) {
            out.println(toJson(insights));
            return 0;
        }
        if (insights.isEmpty()) {
            out.printf("No patterns to show yet. A factor needs at least %d days with it and %d without it, "
                    + "with a difference of at least %.1f points (your journal has %d check-ins).%n",
                    rules.minDaysWith(), rules.minDaysWithout(), rules.minDifference(), checkIns.size());
            return 0;
        }
        insights.forEach(insight -> out.println(sentence(insight)));
        out.println();
        out.println("These are patterns in your own journal, not proof of cause: many things change together.");
        return 0;
    }

    /** The careful wording: what went together, with the counts behind it, never "caused". */
    static String sentence(FactorInsight i) {
        String when = i.lagDays() == 0 ? "On days with" : "On days after";
        // The command line speaks English, so its numbers do too, whatever the computer's language.
        String text = String.format(java.util.Locale.ROOT,
                "%s \"%s\", your pain was %.1f points %s on average (%d days vs %d days).", when, i.label(),
                Math.abs(i.difference()), i.higherWith() ? "higher" : "lower", i.daysWith(), i.daysWithout());
        return i.seemsToHelp() ? text + " It seems to help you." : text;
    }

    static String toJson(List<FactorInsight> insights) {
        List<Map<String, Object>> rows = insights.stream().map(i -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("factor", i.factorId());
            row.put("kind", i.kind().jsonName());
            row.put("lagDays", i.lagDays());
            row.put("daysWith", i.daysWith());
            row.put("daysWithout", i.daysWithout());
            row.put("meanPainWith", round(i.meanPainWith()));
            row.put("meanPainWithout", round(i.meanPainWithout()));
            row.put("difference", round(i.difference()));
            return row;
        }).toList();
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("insights could not be written as JSON", e);
        }
    }

    /** Two decimals are plenty for a 0–10 scale; the JSON stays a number (6.0, 3.75). */
    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
