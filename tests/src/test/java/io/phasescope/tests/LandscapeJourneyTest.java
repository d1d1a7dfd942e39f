package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.config.GuiConfig;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.io.ModelStore;
import io.phasescope.model.io.SavedModel;
import io.phasescope.model.landscape.DirectionKind;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.XavierInit;
import io.phasescope.model.train.Engines;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.Trainer;
import io.phasescope.model.train.TrainingEngine;
import io.phasescope.model.train.TrainingListener;
import io.phasescope.model.train.TrainingOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Exploring the landscape of two paper-network minima on real MNIST, headless: the app opens with both in
 * its library, the slice around the first computes by itself while the mouse reads values off it (the
 * longest pause of the UI thread meanwhile is measured and logged), a click probes a model, a linear
 * path to the second minimum is computed and scrubbed with the t slider, and its chart's data is copied.
 */
@Tag("mnist")
class LandscapeJourneyTest extends AppJourney {

    private static final Logger LOG = LoggerFactory.getLogger(LandscapeJourneyTest.class);

    @TempDir
    static Path models;

    @BeforeAll
    static void twoMinima() throws Exception {
        DatasetSplit data = new DataRequest(DataRequest.Kind.MNIST, 2000, 1000, 1, null).load(m -> {});
        TrainingOptions options = TrainingOptions.defaults().withEpochs(3, 3);
        for (long seed = 1; seed <= 2; seed++) {
            NetworkSpec spec = NetworkSpec.paper(seed);
            try (TrainingEngine engine = Engines.create(spec, XavierInit.initialize(spec), options)) {
                float[] theta = Trainer.fit(
                                engine,
                                data,
                                options.withShuffleSeed(seed),
                                TrainingListener.none(),
                                JobControl.none(),
                                false)
                        .theta();
                ModelStore.save(
                        models.resolve("minimum-" + seed),
                        new SavedModel(spec, options, theta, data.train().fingerprint(), "MNIST 2000 images"));
            }
        }
    }

    @Override
    protected GuiConfig config() {
        return new GuiConfig(null, null, List.of(models.resolve("minimum-1"), models.resolve("minimum-2")));
    }

    @Test
    void sliceProbeAndScrubALinearPathBetweenTwoMinima() throws Exception {
        robot.clickOn("#landscapeTab");
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> onFx(() -> robot.lookup("#libraryList")
                                .queryAs(ListView.class)
                                .getItems()
                                .size())
                        == 2);
        TextField testImages = robot.lookup("#sliceSubsetField").queryAs(TextField.class);
        robot.interact(() -> testImages.setText("2000"));

        AtomicLong last = new AtomicLong();
        AtomicLong longest = new AtomicLong();
        AnimationTimer pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long previous = last.getAndSet(now);
                if (previous != 0) {
                    longest.accumulateAndGet(now - previous, Math::max);
                }
            }
        };
        robot.interact(pulses::start);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> headline().contains("refining"));
        Bounds chart = onFx(() -> robot.lookup("#sliceChart")
                .query()
                .localToScreen(robot.lookup("#sliceChart").query().getBoundsInLocal()));
        for (int k = 0; !headline().matches(".*· \\d+\\.\\d s$") && k < 2000; k++) {
            robot.moveTo(
                    chart.getMinX() + chart.getWidth() * (0.3 + 0.4 * ((k % 20) / 20.0)),
                    chart.getMinY() + chart.getHeight() * 0.5);
        }
        robot.interact(pulses::stop);
        double stallMs = longest.get() / 1e6;
        LOG.info("Longest UI-thread pause while a 41x41 slice of the paper network computed: {} ms", stallMs);
        assertThat(headline()).contains("41×41 on 2000 test images");
        assertThat(stallMs).as("longest pause between UI pulses").isLessThan(1000);

        robot.moveTo(chart.getMinX() + chart.getWidth() * 0.45, chart.getMinY() + chart.getHeight() * 0.45);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !text("#sliceReadout").isEmpty());
        assertThat(text("#sliceReadout")).startsWith("a = ").contains("E = ");
        robot.clickOn(chart.getMinX() + chart.getWidth() * 0.45, chart.getMinY() + chart.getHeight() * 0.45);
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> text("#probeTitle").contains("test accuracy"));

        ChoiceBox<DirectionKind> direction = robot.lookup("#directionChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> direction.setValue(DirectionKind.TOWARD));
        scrollToEnd("#computePathButton");
        robot.clickOn("#computePathButton");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> pathPoints() > 0);
        Slider t = robot.lookup("#tSlider").queryAs(Slider.class);
        robot.interact(() -> t.setValue(0.75));
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> text("#probeTitle").contains("t = 0.75"));
        assertThat(text("#tLabel")).isEqualTo("t = 0.75");

        robot.rightClickOn("#pathChart");
        robot.clickOn("Copy data as CSV");
        String copied =
                onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied).startsWith("panel,series,\"t (0 = A, 1 = B)\",y").contains("linear · train");
    }

    private String headline() throws Exception {
        return text("#landscapeHeadline");
    }

    private int pathPoints() throws Exception {
        return onFx(() -> {
            Node node = robot.lookup("#pathChart").query();
            CombinedDomainXYPlot stack =
                    (CombinedDomainXYPlot) ((ChartViewer) node).getChart().getPlot();
            XYPlot loss = (XYPlot) stack.getSubplots().get(0);
            return loss.getDataset().getSeriesCount() == 0
                    ? 0
                    : loss.getDataset().getItemCount(0);
        });
    }
}
