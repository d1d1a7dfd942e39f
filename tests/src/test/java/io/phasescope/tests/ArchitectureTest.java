package io.phasescope.tests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering visible in the folders, enforced: model ← render ← app, the command line apart from the GUI, no
 * cycles between packages, and no stray console output.
 */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")) // other modules' test jars
                .importPackages("io.phasescope");
    }

    @Test
    void modelUsesNoUserInterfaceLibraries() {
        noClasses()
                .that()
                .resideInAPackage("io.phasescope.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.jfree..", "java.awt..", "javax.swing..")
                .because("the science must run headless and be testable without a screen")
                .check(production);
    }

    @Test
    void modelDependsOnNoOtherPhasescopeModule() {
        noClasses()
                .that()
                .resideInAPackage("io.phasescope.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.phasescope.render..", "io.phasescope.app..")
                .check(production);
    }

    @Test
    void renderDoesNotDependOnTheApp() {
        noClasses()
                .that()
                .resideInAPackage("io.phasescope.render..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.phasescope.app..", "javafx..")
                .because("figures are built headless, with no FX thread")
                .check(production);
    }

    @Test
    void onlyTheCommandLinePrintsToTheConsole() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.phasescope.app.cli..")
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .because("logging goes through SLF4J; only the CLI talks to the terminal")
                .check(production);
    }

    @Test
    void theCommandLineDoesNotReachIntoTheGui() {
        noClasses()
                .that()
                .resideInAPackage("io.phasescope.app.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "io.phasescope.app.gui..")
                .because("the command line shares services with the GUI, not the GUI itself")
                .check(production);
    }

    @Test
    void noPackagesDependOnEachOtherInACycle() {
        slices().matching("io.phasescope.(**)")
                .should()
                .beFreeOfCycles()
                .because("a cycle ties packages together so that neither can be read, tested or moved alone")
                .check(production);
    }
}
