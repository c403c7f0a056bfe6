package org.backcoach.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.backcoach.content.BundleLoadResult;
import org.backcoach.content.BundleLoader;
import org.backcoach.content.BundleProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code backcoach validate-bundle [FILE] [--compare-with ORIGINAL]}: exit 0 with a one-line summary
 * per bundle when all is well, exit 1 with one problem per line ({@code FILE: $.path: message}) when
 * not. Without FILE it checks every built-in language and that each translation has the same ids and
 * sources as the original; with {@code --compare-with} it checks FILE against ORIGINAL the same way.
 */
@Command(name = "validate-bundle", mixinStandardHelpOptions = true,
        description = {"Check a content bundle file (default: every built-in language, and that they match).",
                "With --compare-with, also check that FILE has the same ids and sources as ORIGINAL."})
final class ValidateBundleCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The bundle JSON file to check.")
    Path file;

    @Option(names = "--compare-with", paramLabel = "ORIGINAL",
            description = "A bundle FILE translates: both must have the same ids, sources and numbers.")
    Path original;

    private final BundleLoader loader = new BundleLoader();
    private final List<BundleProblem> problems = new ArrayList<>();

    @Override
    public Integer call() {
        if (original != null && file == null) {
            throw new ParameterException(spec.commandLine(), "--compare-with needs a FILE to compare");
        }
        String checked;
        if (file == null) {
            checked = "the built-in bundles";
            builtIns();
        } else {
            checked = file.toString();
            boolean valid = validate(file.toString(), loader.load(file));
            if (original != null && validate(original.toString(), loader.load(original)) && valid) {
                compared(file.toString(), original.toString(), loader.compare(file, original));
            }
        }
        if (problems.isEmpty()) {
            return 0;
        }
        problems.forEach(out()::println);
        root.environment.err().println(problems.size() + " problem(s) found in " + checked);
        return 1;
    }

    private void builtIns() {
        List<String> languages = BundleLoader.BUILT_IN_LANGUAGES;
        boolean originalValid = validate(BundleLoader.builtInName(languages.get(0)), loader.loadBuiltIn(languages.get(0)));
        for (String language : languages.subList(1, languages.size())) {
            if (validate(BundleLoader.builtInName(language), loader.loadBuiltIn(language)) && originalValid) {
                compared(BundleLoader.builtInName(language), BundleLoader.builtInName(languages.get(0)),
                        loader.compareBuiltIn(language));
            }
        }
    }

    private boolean validate(String name, BundleLoadResult result) {
        if (result.isValid()) {
            out().println(name + ": valid: " + result.bundle().orElseThrow().summary());
        }
        problems.addAll(result.problems());
        return result.isValid();
    }

    private void compared(String name, String originalName, List<BundleProblem> differences) {
        if (differences.isEmpty()) {
            out().println(name + ": same ids and sources as " + originalName);
        }
        problems.addAll(differences);
    }

    private PrintWriter out() {
        return root.environment.out();
    }
}
