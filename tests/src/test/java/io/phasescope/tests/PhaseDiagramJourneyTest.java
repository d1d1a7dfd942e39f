package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.config.GuiConfig;
import io.phasescope.app.phase.SweepChoice;
import io.phasescope.model.sweep.SweepFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.MouseButton;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A first sweep, end to end and headless: open the Phase diagram, pick the quick patterns sweep, run it,
 * watch points arrive on the chart, pause, scrub the λ slider to an earlier model, then cancel and see the
 * sweep end with its points kept on disk.
 */
class PhaseDiagramJourneyTest extends AppJourney {

    @TempDir
    Path sweeps;

    @Override
    protected GuiConfig config() {
        return new GuiConfig(null, sweeps);
    }

    @Test
    void runAQuickSweepWatchPointsArriveScrubThenCancel() throws Exception {
        robot.clickOn("Phase diagram");
        ChoiceBox<SweepChoice> preset = robot.lookup("#presetChoice").queryAs(ChoiceBox.class);
        assertThat(onFx(() -> preset.getValue().id())).as("the default preset").isEqualTo("classroom");
        robot.interact(() -> preset.getItems().stream()
                .filter(c -> c.label().equals(SweepChoice.PATTERNS_QUICK))
                .findFirst()
                .ifPresent(preset::setValue));
        assertThat(onFx(() -> robot.lookup("#sweepSummary").queryAs(Label.class).getText()))
                .contains("16-32-32-3");

        robot.clickOn("#runSweepButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> metricsPoints() >= 3);
        robot.clickOn("#pauseSweepButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Resume".equals(text("#pauseSweepButton")));
        assertThat(isDisabled("#runSweepButton")).isTrue();
        assertThat(isDisabled("#cancelSweepButton")).isFalse();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        int paused = metricsPoints();
        WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS);
        assertThat(metricsPoints()).as("no point while paused").isEqualTo(paused);
        assertThat(paused).isLessThan(322);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> confusionCells() > 0);

        String before = text("#phaseHeadline");
        Slider slider = robot.lookup("#sweepLambdaSlider").queryAs(Slider.class);
        double start = onFx(slider::getValue);
        Node thumb = onFx(() -> slider.lookup(".thumb"));
        scrollToEnd("#sweepLambdaSlider");
        double sliderWidth = onFx(slider::getWidth);
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(-40, 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#sliderLabel")).as("the label while dragging").isNotEmpty();
        assertThat(onFx(slider::getWidth))
                .as("the slider keeps its length whatever its label says, so the thumb stays under the pointer")
                .isEqualTo(sliderWidth);
        robot.drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(slider::getValue)).as("the slider moved left").isLessThan(start);
        assertThat(onFx(() ->
                        robot.lookup("#followCheck").queryAs(CheckBox.class).isSelected()))
                .isFalse();
        try {
            // at once when released on a grid point; after training when released between two (a probe)
            WaitForAsyncUtils.waitFor(
                    40, TimeUnit.SECONDS, () -> !text("#phaseHeadline").equals(before));
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "headline stuck at '" + before + "'; status '" + text("#statusMessage") + "'; slider "
                            + onFx(slider::getValue) + " from " + start + "; label " + text("#sliderLabel"),
                    e);
        }
        assertThat(text("#phaseHeadline")).contains("up · seed 1 · λ = ").contains("test accuracy");

        robot.clickOn("#cancelSweepButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !isDisabled("#runSweepButton"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> isDisabled("#cancelSweepButton"));
        assertThat(isDisabled("#pauseSweepButton")).isTrue();
        assertThat(text("#runSweepButton")).isEqualTo("Resume sweep");
        assertThat(text("#statusMessage")).startsWith("Cancelled after");
        try (Stream<Path> folders = Files.list(sweeps)) {
            Path folder = folders.findFirst().orElseThrow();
            assertThat(folder.getFileName().toString()).startsWith("patterns-quick-");
            assertThat(SweepFolder.open(folder).points()).hasSize(paused);
        }
    }

    private boolean isDisabled(String query) throws Exception {
        return onFx(() -> robot.lookup(query).query().isDisabled());
    }

    private int metricsPoints() throws Exception {
        return ChartReads.metricsPoints(robot);
    }

    private int confusionCells() throws Exception {
        return onFx(() -> {
            ChartViewer viewer = robot.lookup("#phaseConfusionChart").queryAs(ChartViewer.class);
            var data = viewer.getChart().getXYPlot().getDataset();
            return data.getSeriesCount() == 0 ? 0 : data.getItemCount(0);
        });
    }
}
