package org.backcoach.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules from docs/ARCHITECTURE.md, checked on every build. */
@AnalyzeClasses(packages = "org.backcoach", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN = {"org.backcoach.content..", "org.backcoach.journal..",
            "org.backcoach.coach..", "org.backcoach.insights..", "org.backcoach.print..", "org.backcoach.cli..",
            "org.backcoach.settings..", "org.backcoach.session..", "org.backcoach.reminders.."};

    @ArchTest
    static final ArchRule domainNeverImportsJavaFx = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "atlantafx..")
            .because("the domain runs headless from the command line and is tested without a display");

    @ArchTest
    static final ArchRule domainNeverReachesIntoTheUi = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.backcoach.ui..", "org.backcoach.app..");

    @ArchTest
    static final ArchRule screensDoNotWireThemselves = noClasses().that().resideInAPackage("org.backcoach.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.backcoach.app..")
            .because("wiring happens by hand in one place, org.backcoach.app.AppContext");

    @ArchTest
    static final ArchRule screensDoNotKnowEachOther = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition
            .slices().matching("org.backcoach.ui.(*)..").should().notDependOnEachOther()
            .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.backcoach.ui.common.."));
}
