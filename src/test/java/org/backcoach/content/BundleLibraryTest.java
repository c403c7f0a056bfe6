package org.backcoach.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleLibraryTest {

    @TempDir
    Path dir;

    private BundleLibrary library() {
        return new BundleLibrary(new BundleLoader(), dir.resolve("bundles"));
    }

    @Test
    void builtInIsUsedWhenNothingElseIsChosen() {
        ActiveContent content = library().resolve(Optional.empty(), Optional.empty(), "en");
        assertThat(content.isBuiltIn()).isTrue();
        assertThat(content.fellBack()).isFalse();
    }

    @Test
    void aClinicianBundleIsValidatedCopiedAndUsed() throws Exception {
        Path file = BundleFixtures.write(dir.resolve("from-physio.json"), tree -> {
            tree.put("bundleId", "physio-ana");
            tree.put("title", "Ana's plan from her physio");
        });
        BundleLibrary.Installation installation = library().install(file);
        assertThat(installation.problems()).isEmpty();
        assertThat(installation.fileName()).contains("physio-ana.json");
        Files.delete(file);
        ActiveContent content = library().resolve(Optional.empty(), installation.fileName(), "en");
        assertThat(content.bundle().title()).isEqualTo("Ana's plan from her physio");
        assertThat(content.isBuiltIn()).isFalse();
    }

    @Test
    void anInvalidBundleIsNotInstalled() {
        Path file = BundleFixtures.write(dir.resolve("bad.json"), tree -> tree.put("bundleId", "../../x"));
        BundleLibrary.Installation installation = library().install(file);
        assertThat(installation.fileName()).isEmpty();
        assertThat(installation.problems()).extracting(BundleProblem::path).contains("$.bundleId");
        assertThat(dir.resolve("bundles")).doesNotExist();
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void aBrokenInstalledBundleFallsBackToBuiltInWithItsProblems() throws Exception {
        Files.createDirectories(dir.resolve("bundles"));
        Files.writeString(dir.resolve("bundles/physio-ana.json"), "{ broken");
        ActiveContent content = library().resolve(Optional.empty(), Optional.of("physio-ana.json"), "en");
        assertThat(content.isBuiltIn()).isTrue();
        assertThat(content.fellBack()).isTrue();
        assertThat(content.problems().get(0).toString()).contains("physio-ana.json:1:").contains("JSON syntax error");
    }

    @Test
    void theOneRunOverrideWins() {
        Path file = BundleFixtures.write(dir.resolve("override.json"), (ObjectNode tree) -> tree.put("title", "Override"));
        ActiveContent content = library().resolve(Optional.of(file), Optional.of("physio-ana.json"), "en");
        assertThat(content.bundle().title()).isEqualTo("Override");
    }
}
