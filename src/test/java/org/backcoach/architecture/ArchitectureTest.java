package org.backcoach.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules from docs/ARCHITECTURE.md, checked on every build. */
@AnalyzeClasses(packages = "org.backcoach", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN = {"org.backcoach.content..", "org.backcoach.journal..",
            "org.backcoach.coach..", "org.backcoach.insights..", "org.backcoach.print..", "org.backcoach.cli..",
            "org.backcoach.settings..", "org.backcoach.session..", "org.backcoach.reminders..", "org.backcoach.files.."};

    @ArchTest
    static final ArchRule domainNeverImportsJavaFx = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "atlantafx..", "org.kordamp.ikonli..")
            .because("the domain runs headless from the command line and is tested without a display");

    @ArchTest
    static final ArchRule domainNeverReachesIntoTheUi = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.backcoach.ui..", "org.backcoach.app..");

    @ArchTest
    static final ArchRule screensDoNotWireThemselves = noClasses().that().resideInAPackage("org.backcoach.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.backcoach.app..")
            .because("the window is put together by hand in org.backcoach.app: AppContext builds the shared services "
                    + "and ScreenRegistry lists each screen's factory, which lives in the screen's own package");

    @ArchTest
    static final ArchRule screensDoNotKnowEachOther = com.tngtech.archunit.library.dependencies.SlicesRuleDefinition
            .slices().matching("org.backcoach.ui.(*)..").should().notDependOnEachOther()
            .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage("org.backcoach.ui.common..",
                            "org.backcoach.ui.shell.."))
            .because("a screen reaches another only through the shell's Navigator; the shell and ui.common know no screen");

    /**
     * The domain in tiers, each using only the tiers below it; packages in one tier never use
     * each other: files; then content, journal, settings (the stores); then session, coach,
     * insights, reminders (built on the stores); then print; cli on top. The window
     * (app, ui) may use any of them and is checked by the rules above.
     */
    @ArchTest
    static final ArchRule domainLayersNeverPointUpward = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("files").definedBy("org.backcoach.files..")
            .layer("content").definedBy("org.backcoach.content..")
            .layer("journal").definedBy("org.backcoach.journal..")
            .layer("settings").definedBy("org.backcoach.settings..")
            .layer("session").definedBy("org.backcoach.session..")
            .layer("coach").definedBy("org.backcoach.coach..")
            .layer("insights").definedBy("org.backcoach.insights..")
            .layer("reminders").definedBy("org.backcoach.reminders..")
            .layer("print").definedBy("org.backcoach.print..")
            .layer("cli").definedBy("org.backcoach.cli..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("print").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("session").mayOnlyBeAccessedByLayers("print", "cli")
            .whereLayer("coach").mayOnlyBeAccessedByLayers("print", "cli")
            .whereLayer("insights").mayOnlyBeAccessedByLayers("print", "cli")
            .whereLayer("reminders").mayOnlyBeAccessedByLayers("print", "cli")
            .whereLayer("content").mayOnlyBeAccessedByLayers("session", "coach", "insights", "reminders", "print", "cli")
            .whereLayer("journal").mayOnlyBeAccessedByLayers("session", "coach", "insights", "reminders", "print", "cli")
            .whereLayer("settings").mayOnlyBeAccessedByLayers("session", "coach", "insights", "reminders", "print", "cli")
            .because("a lower layer that reached up would tie the stores to the features built on them");

    /** Names a resource (getResource, showDocument of a folder); neither opens a connection. */
    private static final DescribedPredicate<JavaClass> NETWORK = DescribedPredicate.describe(
            "network classes (java.net other than URI and URL, java.net.http, javax.net, socket channels)",
            c -> c.getPackageName().startsWith("java.net") && !c.getName().equals("java.net.URI")
                    && !c.getName().equals("java.net.URL")
                    || c.getPackageName().startsWith("javax.net")
                    || c.getName().matches("java\\.nio\\.channels\\.(Asynchronous)?(Server)?(Socket|Datagram)Channel"));

    @ArchTest
    static final ArchRule neverUsesTheNetwork = noClasses().that().resideInAPackage("org.backcoach..")
            .should().dependOnClassesThat(NETWORK)
            .orShould().callMethod(java.net.URL.class, "openConnection")
            .orShould().callMethod(java.net.URL.class, "openStream")
            .orShould().callMethod(java.net.URL.class, "getContent")
            .because("BackCoach never uses the network: health data stays on this computer");

    /**
     * A view model holds plain data, properties and commands; nodes and charts belong to its view.
     * Then its tests need no FX toolkit, and how a screen looks can change without touching it.
     * javafx.beans and javafx.collections stay allowed: they are the properties the view binds to.
     */
    @ArchTest
    static final ArchRule viewModelsStayOffTheSceneGraph = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("view models are plain Java, tested without a display; the view alone builds nodes and charts");
}
