package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The classroom lesson end to end, headless: F1 opens it, Next walks all seven steps, and each step shows its
 * text and opens the view (and the chart tab) it talks about; Close hides the panel.
 */
class LessonJourneyTest extends AppJourney {

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
}
