package io.phasescope.tests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.phasescope.app.gui.common.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering visible in the folders, enforced: model ← render ← app, the command line apart from the GUI, only GUI
 * classes in the GUI packages, no cycles between packages, and no stray console output.
 */
class ArchitectureTest {

    /** GUI classes that need no JavaFX type: {@link Theme} is the stylesheets of a JavaFX scene. */
    private static final Class<?>[] GUI_WITHOUT_JAVAFX = {Theme.class};

    /** JavaFX, and JFreeChart's JavaFX canvas and graphics. */
    private static final PackageMatchers JAVAFX =
            PackageMatchers.of("javafx..", "org.jfree.chart.fx..", "org.jfree.fx..");

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
    void theServicesOfTheAppDoNotReachIntoTheGui() {
        noClasses()
                .that()
                .resideInAPackage("io.phasescope.app..")
                .and()
                .resideOutsideOfPackages("io.phasescope.app", "io.phasescope.app.gui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "io.phasescope.app.gui..")
                .because("jobs, records and services are shared by the GUI, the command line and headless tests")
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

    /**
     * A class under {@code app.gui} uses JavaFX — itself or through one of its nested classes, directly or through
     * JFreeChart's JavaFX canvas. Jobs, their events and results, records, caches and formatters live in the non-GUI
     * packages of app, where the command line and headless tests reach them. {@link #GUI_WITHOUT_JAVAFX} names the
     * exceptions.
     */
    @Test
    void everyClassInTheGuiPackagesUsesJavaFx() {
        classes()
                .that()
                .resideInAPackage("io.phasescope.app.gui..")
                .and()
                .areTopLevelClasses()
                .and()
                .doNotHaveSimpleName("package-info")
                .and()
                .doNotBelongToAnyOf(GUI_WITHOUT_JAVAFX)
                .should(useJavaFx())
                .because(
                        "a class without JavaFX is a service, a job or a value: it belongs in a non-GUI package of app")
                .check(production);
    }

    private static ArchCondition<JavaClass> useJavaFx() {
        return new ArchCondition<>("use JavaFX") {
            @Override
            public void check(JavaClass top, ConditionEvents events) {
                String nested = top.getName() + "$";
                boolean uses = production.stream()
                        .filter(c -> c.equals(top) || c.getName().startsWith(nested))
                        .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                        .map(d -> d.getTargetClass().getBaseComponentType().getPackageName())
                        .anyMatch(JAVAFX);
                events.add(
                        new SimpleConditionEvent(top, uses, top.getName() + (uses ? " uses" : " uses no") + " JavaFX"));
            }
        };
    }
}
