package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.config.GuiConfig;
import io.phasescope.app.phase.SweepChoice;
import io.phasescope.model.curvature.SpectraCsv;
import io.phasescope.model.sweep.SweepFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Slider;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Curvature, end to end and headless: run part of the quick patterns sweep, whose Hessian spectra the Curvature
 * tab computes by itself as the points land (into spectra.csv, with the transition–saddle report), compute the
 * spectral density at one kept point on a logarithmic axis, and drag λ through the toy-model lesson past the
 * depth-3 fold. Cancelling and resuming spectra is covered by {@code CurvatureViewModelTest}.
 */
class CurvatureJourneyTest extends AppJourney {

    private static final Logger LOG = LoggerFactory.getLogger(CurvatureJourneyTest.class);

    @TempDir
    Path sweeps;

    @Override
    protected GuiConfig config() {
        return new GuiConfig(null, sweeps);
    }

    @Test
    void spectraAlongAQuickSweepADensityAndTheToyLesson() throws Exception {
        long start = System.nanoTime();
        robot.clickOn("#phaseTab");
        ChoiceBox<SweepChoice> preset = robot.lookup("#presetChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> preset.getItems().stream()
                .filter(c -> c.label().equals(SweepChoice.PATTERNS_QUICK))
                .findFirst()
                .ifPresent(preset::setValue));
        robot.clickOn("#runSweepButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> phasePoints() >= 6);
        // fired rather than clicked: the robot's mouse path waits on a UI thread busy drawing the sweep
        Button cancelSweep = robot.lookup("#cancelSweepButton").queryAs(Button.class);
        robot.interact(cancelSweep::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !isDisabled("#runSweepButton"));
        Path folder;
        try (Stream<Path> folders = Files.list(sweeps)) {
            folder = folders.findFirst().orElseThrow();
        }
        int kept = SweepFolder.open(folder).points().size();
        LOG.info("{} sweep points after {} s", kept, seconds(start));

        robot.clickOn("#curvatureTab");
        // nothing pressed: the spectra of the kept points are computed as they land and when the sweep stops
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> text("#curvatureHeadline").contains(kept + " of " + kept + " kept points have spectra")
                        && !isDisabled("#computeSpectraButton"));
        LOG.info("spectra of all {} points after {} s", kept, seconds(start));
        assertThat(SpectraCsv.read(folder.resolve(SweepFolder.SPECTRA))).hasSize(kept);
        assertThat(text("#statusMessage")).as("automatic spectra work quietly").doesNotStartWith("Spectra");
        assertThat(onFx(() -> robot.lookup("#automaticSpectraCheck")
                        .queryAs(CheckBox.class)
                        .isSelected()))
                .isTrue();
        assertThat(onFx(() -> robot.lookup("#saddleReport")
                        .queryAs(VBox.class)
                        .getChildren()
                        .size()))
                .isGreaterThanOrEqualTo(1);

        robot.clickOn("Spectral density");
        robot.clickOn("#computeDensityButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> densityTitle().startsWith("Spectral density of ∇²L_λ"));
        robot.clickOn("#densityLogCheck");
        assertThat(onFx(() -> robot.lookup("#curvatureDensityChart")
                        .queryAs(ChartViewer.class)
                        .getChart()
                        .getXYPlot()
                        .getRangeAxis()))
                .isInstanceOf(LogAxis.class);
        assertThat(onFx(() ->
                        robot.lookup("#densityLogCheck").queryAs(CheckBox.class).isSelected()))
                .isTrue();

        LOG.info("density done after {} s", seconds(start));
        robot.clickOn("Toy models (lesson)");
        String below = text("#toyDepth3Text");
        assertThat(below).contains("the minimum is global");
        Slider slider = robot.lookup("#toyLambdaSlider").queryAs(Slider.class);
        Node thumb = onFx(() -> slider.lookup(".thumb"));
        robot.drag(thumb, MouseButton.PRIMARY)
                .moveBy(onFx(() -> slider.getWidth() * 0.35), 0)
                .drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(slider::getValue))
                .as("dragged past the depth-3 fold, λ ≈ 0.236")
                .isGreaterThan(0.24);
        assertThat(text("#toyDepth3Text")).contains("past the fold", "hysteresis");
        assertThat(onFx(() -> robot.lookup("#toyDiagram3Chart")
                        .queryAs(ChartViewer.class)
                        .getChart()
                        .getXYPlot()
                        .getDomainMarkers(Layer.FOREGROUND)
                        .size()))
                .as("the cursor")
                .isEqualTo(1);
    }

    private static long seconds(long start) {
        return (System.nanoTime() - start) / 1_000_000_000L;
    }

    private int phasePoints() throws Exception {
        return onFx(() -> {
            ChartViewer viewer = robot.lookup("#phaseMetricsChart").queryAs(ChartViewer.class);
            XYPlot losses = ((CombinedDomainXYPlot) viewer.getChart().getPlot())
                    .getSubplots()
                    .get(0);
            return losses.getDataset(0) == null || losses.getDataset(0).getSeriesCount() == 0
                    ? 0
                    : losses.getDataset(0).getItemCount(0);
        });
    }

    private String densityTitle() throws Exception {
        return onFx(() -> robot.lookup("#curvatureDensityChart")
                .queryAs(ChartViewer.class)
                .getChart()
                .getTitle()
                .getText());
    }

    private boolean isDisabled(String query) throws Exception {
        return onFx(() -> robot.lookup(query).query().isDisabled());
    }
}
