package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.gui.GuiConfig;
import io.phasescope.app.gui.PhasescopeApp;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The classroom lesson end to end, headless: F1 opens it, Next walks all seven steps, and each step shows its
 * text and opens the view (and the chart tab) it talks about; Close hides the panel.
 */
class LessonJourneyTest {

    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeAll
    static void largeEnoughHeadlessScreen() {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    @BeforeEach
    void openTheApp() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new PhasescopeApp(GuiConfig.defaults()));
    }

    @AfterEach
    void closeTheApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void walkTheSevenStepsOfTheLesson() throws Exception {
        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#lessonPane").queryAll().isEmpty());
        List<String> expectedTabs = List.of("trainingTab", "phaseTab", "phaseTab", "phaseTab", "landscapeTab",
                "curvatureTab", "curvatureTab");
        List<String> expectedInner = java.util.Arrays.asList(null, null, "Per class", "Hysteresis", null,
                "Spectra along the sweep", "Toy models (lesson)");
        for (int step = 0; step < 7; step++) {
            assertThat(text("#lessonTitle")).startsWith((step + 1) + ". ");
            assertThat(text("#lessonText").length()).isGreaterThan(100);
            assertThat(selectedTab("#mainTabs")).as("step %d", step + 1).isEqualTo(expectedTabs.get(step));
            if (expectedInner.get(step) != null) {
                String pane = step < 4 ? "#phaseChartTabs" : "#curvatureTabs";
                assertThat(onFx(() -> robot.lookup(pane).queryAs(TabPane.class).getSelectionModel().getSelectedItem()
                        .getText())).as("step %d", step + 1).isEqualTo(expectedInner.get(step));
            }
            if (step < 6) {
                robot.clickOn("#lessonNextButton");
            }
        }
        assertThat(onFx(() -> robot.lookup("#lessonNextButton").query().isDisabled())).isTrue();
        robot.clickOn("Close");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lessonPane").queryAll().isEmpty());
    }

    private String selectedTab(String query) throws Exception {
        return onFx(() -> robot.lookup(query).queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId());
    }

    private String text(String query) throws Exception {
        return onFx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
