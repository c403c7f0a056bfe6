package org.backcoach.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundle's "progress" section: thresholds and nudge texts a clinician may tune. */
class ProgressRulesLoaderTest {

    private final BundleLoader loader = new BundleLoader();

    @Test
    void theBuiltInBundleCarriesTheProgressRulesWithSources() {
        ProgressRules rules = BundleFixtures.builtIn().progress();
        assertThat(rules.insights()).isEqualTo(new ProgressRules.Insights(3, 3, 0.5));
        assertThat(rules.course()).isEqualTo(new ProgressRules.Course(21, 3));
        assertThat(rules.notImproving().afterDays()).isEqualTo(28);
        assertThat(rules.notImproving().source()).contains("002_892cfdf5fee06ad3.txt");
        assertThat(rules.gettingWorse().windowDays()).isEqualTo(7);
        assertThat(rules.gettingWorse().text()).contains("doctor or physiotherapist");
        assertThat(rules.firsts()).extracting(ProgressRules.DerivedFirst::id)
                .containsExactly("low-pain", "spasm-free", "walk-30-min");
        ProgressRules.DerivedFirst lowPain = rules.firsts().get(0);
        assertThat(lowPain.measure()).isEqualTo(ProgressRules.Measure.PAIN_NOW);
        assertThat(lowPain.atMost()).contains(2);
        assertThat(lowPain.reachedBy(2)).isTrue();
        assertThat(lowPain.reachedBy(3)).isFalse();
        assertThat(lowPain.reachedBy(null)).isFalse();
        assertThat(rules.firsts()).allSatisfy(f -> assertThat(f.source()).isNotBlank());
    }

    @Test
    void theSectionIsRequired() {
        assertProblem(tree -> tree.remove("progress"), "$", "progress");
    }

    @Test
    void thresholdsOutsideTheirRangeAreRefused() {
        assertProblem(tree -> ((ObjectNode) tree.get("progress").get("insights")).put("minDaysWith", 1),
                "$.progress.insights.minDaysWith", "minimum");
        assertProblem(tree -> ((ObjectNode) tree.get("progress").get("notImproving")).put("afterDays", 500),
                "$.progress.notImproving.afterDays", "maximum");
    }

    @Test
    void aNudgeWithoutASourceIsRefused() {
        assertProblem(tree -> ((ObjectNode) tree.get("progress").get("gettingWorse")).remove("source"),
                "$.progress.gettingWorse", "source");
    }

    @Test
    void aFirstNeedsExactlyOneBound() {
        assertProblem(tree -> ((ObjectNode) tree.get("progress").get("firsts").get(0)).put("atLeast", 1),
                "$.progress.firsts[0]", "");
        assertProblem(tree -> ((ObjectNode) tree.get("progress").get("firsts").get(0)).remove("atMost"),
                "$.progress.firsts[0]", "");
    }

    @Test
    void crossChecksCatchDuplicateFirstsAndAnImpossibleWindow() {
        assertProblem(tree -> ((ObjectNode) tree.get("progress").get("firsts").get(1)).put("id", "low-pain"),
                "$.progress.firsts[1].id", "duplicate id");
        assertProblem(tree -> ((ObjectNode) tree.get("progress").get("gettingWorse")).put("minCheckIns", 9),
                "$.progress.gettingWorse.minCheckIns", "cannot fit");
    }

    @Test
    void aClinicianCanTuneTheNumbers() {
        ObjectNode tree = BundleFixtures.builtInTree();
        ((ObjectNode) tree.get("progress").get("insights")).put("minDaysWith", 5).put("minDifference", 1.5);
        Bundle bundle = loader.parse("tuned.json", BundleFixtures.bytes(tree)).bundle().orElseThrow();
        assertThat(bundle.progress().insights()).isEqualTo(new ProgressRules.Insights(5, 3, 1.5));
        assertThat(bundle.progress().firsts().get(2).atLeast()).isEqualTo(Optional.of(30));
    }

    private void assertProblem(Consumer<ObjectNode> edit, String pathStart, String messagePart) {
        ObjectNode tree = BundleFixtures.builtInTree();
        edit.accept(tree);
        BundleLoadResult result = loader.parse("edited.json", BundleFixtures.bytes(tree));
        assertThat(result.isValid()).isFalse();
        assertThat(result.problems())
                .as("problems: %s", result.problems().stream().map(Object::toString).collect(Collectors.joining("\n")))
                .anySatisfy(p -> {
                    assertThat(p.path()).startsWith(pathStart);
                    assertThat(p.message()).containsIgnoringCase(messagePart);
                });
    }
}
