package org.backcoach.content;

import java.util.List;
import java.util.Optional;

/** Either a valid bundle, or every problem found in the file (never both). */
public record BundleLoadResult(Optional<Bundle> bundle, List<BundleProblem> problems) {

    public BundleLoadResult {
        problems = List.copyOf(problems);
        if (bundle.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a result holds a bundle or problems, not both or neither");
        }
    }

    static BundleLoadResult valid(Bundle bundle) {
        return new BundleLoadResult(Optional.of(bundle), List.of());
    }

    static BundleLoadResult invalid(List<BundleProblem> problems) {
        return new BundleLoadResult(Optional.empty(), problems);
    }

    static BundleLoadResult invalid(BundleProblem problem) {
        return invalid(List.of(problem));
    }

    public boolean isValid() {
        return bundle.isPresent();
    }

    /** The report printed by {@code validate-bundle} and shown in the window: one problem per line. */
    public String report() {
        return bundle.map(Bundle::summary).orElseGet(() -> String.join(System.lineSeparator(),
                problems.stream().map(BundleProblem::toString).toList()));
    }
}
