package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.config.GuiConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TabPane;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The classroom lesson end to end on the demo workspace, headless: Help → Classroom lesson opens it on an empty
 * session, which offers the demo; the demo opens; Next walks all seven steps, and each step shows its text, opens the view (and the
 * chart tab) it talks about, and that view shows what the text says — the sweep's points and jumps, the classes
 * each jump loses, the down branch, two minima for a path, spectra, the toy model. Close hides the panel.
 */
class LessonJourneyTest extends AppJourney {

    @TempDir
    Path sweeps;

    @Override
    protected GuiConfig config() {
        return new GuiConfig(null, sweeps);
    }

    @Test
    void walkTheSevenStepsOfTheLessonOnTheDemo() throws Exception {
        robot.clickOn("Help").clickOn("Classroom lesson");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !robot.lookup("#lessonPane").queryAll().isEmpty());
        assertThat(onFx(() -> robot.lookup("#lessonDemoOffer").query().isVisible()))
                .isTrue();
        robot.clickOn("#lessonDemoButton");
        await(
                "the demo opens",
                40,
                () -> ChartReads.metricsPoints(robot) > 0
                        && !ChartReads.lines(robot, "#transitionsList").isEmpty());
        assertThat(onFx(() -> robot.lookup("#lessonDemoOffer").query().isVisible()))
                .as("offered only when empty")
                .isFalse();

        List<String> expectedTabs = List.of(
                "trainingTab", "phaseTab", "phaseTab", "phaseTab", "landscapeTab", "curvatureTab", "curvatureTab");
        List<String> expectedInner = java.util.Arrays.asList(
                null, null, "Per class", "Hysteresis", null, "Spectra along the sweep", "Toy models (lesson)");
        for (int step = 0; step < 7; step++) {
            assertThat(text("#lessonTitle")).startsWith((step + 1) + ". ");
            assertThat(text("#lessonText").length()).isGreaterThan(100);
            assertThat(selectedTab("#mainTabs")).as("step %d", step + 1).isEqualTo(expectedTabs.get(step));
            if (expectedInner.get(step) != null) {
                String pane = step < 4 ? "#phaseChartTabs" : "#curvatureTabs";
                assertThat(onFx(() -> robot.lookup(pane)
                                .queryAs(TabPane.class)
                                .getSelectionModel()
                                .getSelectedItem()
                                .getText()))
                        .as("step %d", step + 1)
                        .isEqualTo(expectedInner.get(step));
            }
            showsWhatTheStepSays(step);
            if (step < 6) {
                robot.clickOn("#lessonNextButton");
            }
        }
        assertThat(onFx(() -> robot.lookup("#lessonNextButton").query().isDisabled()))
                .isTrue();
        robot.clickOn("Close");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#lessonPane").queryAll().isEmpty());
    }

    private void showsWhatTheStepSays(int step) throws Exception {
        List<String> transitions = ChartReads.lines(robot, "#transitionsList");
        switch (step) {
            case 0 ->
                assertThat(onFx(() -> robot.lookup("#trainButton").query().isDisabled()))
                        .isFalse();
            case 1 -> {
                assertThat(ChartReads.metricsPoints(robot)).as("the up branch").isGreaterThan(50);
                assertThat(transitions.stream().filter(line -> line.startsWith("up")))
                        .as("jumps on the way up")
                        .hasSizeGreaterThanOrEqualTo(2);
            }
            case 2 ->
                assertThat(transitions.stream().filter(line -> line.startsWith("up")))
                        .allMatch(line -> line.contains("lost "));
            case 3 -> {
                assertThat(onFx(() -> robot.lookup("#phaseBranchesChart")
                                .queryAs(ChartViewer.class)
                                .getChart()
                                .getTitle()
                                .getText()))
                        .startsWith("Hysteresis: up and down branches");
                assertThat(transitions).anyMatch(line -> line.startsWith("down"));
            }
            case 4 ->
                assertThat(onFx(() -> robot.lookup("#originChoice").queryAs(ChoiceBox.class).getItems().stream()
                                .filter(m -> m != null)
                                .count()))
                        .as("two minima for a path")
                        .isEqualTo(2L);
            case 5 ->
                WaitForAsyncUtils.waitFor(
                        20,
                        TimeUnit.SECONDS,
                        () -> onFx(() -> {
                            XYPlot lows = ChartReads.subplot(robot, "#curvatureSpectraChart", 1);
                            return lows.getDataset(0) != null
                                    && lows.getDataset(0).getSeriesCount() >= 2
                                    && lows.getDataset(0).getItemCount(1) > 0;
                        }));
            default -> assertThat(robot.lookup("#toyDiagram3Chart").queryAll()).isNotEmpty();
        }
    }

    private String selectedTab(String query) throws Exception {
        return onFx(() -> robot.lookup(query)
                .queryAs(TabPane.class)
                .getSelectionModel()
                .getSelectedItem()
                .getId());
    }
}
