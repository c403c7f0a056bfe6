package org.backcoach.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.EvaluationResult;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.backcoach.journal.Journal;
import org.junit.jupiter.api.Test;

/** The layering rule of {@link ArchitectureTest} fails as soon as one class reaches upward. */
class LayeringRuleTest {

    private static final String OFFENDER = "org.backcoach.files.ReachesUpIntoTheJournal";

    @Test
    void anUpwardDependencyAmongTheRealClassesIsTheOneViolation() throws Exception {
        EvaluationResult result = ArchitectureTest.domainLayersNeverPointUpward.evaluate(appPlus(OFFENDER));
        assertThat(result.hasViolation()).isTrue();
        // The real classes alone keep the layers (ArchitectureTest): the offender is all it reports.
        assertThat(result.getFailureReport().getDetails()).singleElement().asString()
                .contains(OFFENDER).contains("org.backcoach.journal.Journal");
    }

    /** The app's own classes (target/classes), as ArchitectureTest sees them, and the one test class named. */
    private static JavaClasses appPlus(String testClass) throws Exception {
        Path main = Path.of(Journal.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        URL offender = LayeringRuleTest.class.getResource("/" + testClass.replace('.', '/') + ".class");
        return new ClassFileImporter().importLocations(List.of(Location.of(main), Location.of(offender)));
    }
}
