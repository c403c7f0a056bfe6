package org.backcoach.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.backcoach.content.BundleLoadResult;
import org.backcoach.content.BundleLoader;
import org.backcoach.content.BundleProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code backcoach validate-bundle [FILE]}: exit 0 with a one-line summary when valid, exit 1 with
 * one problem per line when not. Without FILE it checks the built-in bundle.
 */
@Command(name = "validate-bundle", mixinStandardHelpOptions = true,
        description = "Check a content bundle file (default: the built-in one).")
final class ValidateBundleCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The bundle JSON file to check.")
    Path file;

    @Override
    public Integer call() {
        BundleLoader loader = new BundleLoader();
        BundleLoadResult result = file == null ? loader.loadBuiltIn("en") : loader.load(file);
        String name = file == null ? "built-in en.json" : file.toString();
        if (result.isValid()) {
            root.environment.out().println(name + ": valid: " + result.bundle().orElseThrow().summary());
            return 0;
        }
        for (BundleProblem problem : result.problems()) {
            root.environment.out().println(problem);
        }
        root.environment.err().println(result.problems().size() + " problem(s) found in " + name);
        return 1;
    }
}
