package io.phasescope.app.gui.landscape;

import io.phasescope.app.gui.controls.Controls;
import io.phasescope.app.gui.training.DigitGrid;
import io.phasescope.app.landscape.ProbeResult;
import io.phasescope.app.training.DatasetChoice;
import io.phasescope.app.training.DigitSample;
import io.phasescope.model.data.Dataset;
import io.phasescope.model.train.Evaluation;
import io.phasescope.render.ChartStyler;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.training.TrainingChartData;
import io.phasescope.render.training.TrainingCharts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;

/**
 * The model last probed (a click on the slice) or scrubbed to (the t slider): its test loss and accuracy, the
 * accuracy of each class as bars, and sample test images with their predictions.
 */
final class ProbePane extends VBox {

    private final Label title = Controls.styled(new Label("Click the slice to probe the model there"), "card-title");
    private final TrainingChartData bars = new TrainingChartData(DatasetChoice.MNIST.classNames());
    private final JFreeChart barsChart;
    private final ObservableList<DigitSample> samples = FXCollections.observableArrayList();

    ProbePane(
            ObservableValue<ProbeResult> probe,
            ObservableValue<ProbeResult> modelAtT,
            LandscapeViewModel viewModel,
            ChartTheme theme) {
        getStyleClass().add("samples-box");
        title.setId("probeTitle");
        title.setWrapText(true);
        barsChart = TrainingCharts.classAccuracy(bars, theme);
        var viewer = Controls.chartViewer("probeClassChart", barsChart);
        viewer.setMinHeight(150);
        VBox.setVgrow(viewer, Priority.ALWAYS);
        DigitGrid grid = new DigitGrid(samples);
        grid.setId("probeDigitGrid");
        getChildren().addAll(title, viewer, grid);
        probe.addListener((obs, old, now) -> show(now, viewModel));
        modelAtT.addListener((obs, old, now) -> show(now, viewModel));
    }

    /** The per-class bars, for export. */
    JFreeChart chart() {
        return barsChart;
    }

    void setTheme(ChartTheme theme) {
        ChartStyler.apply(barsChart, theme);
    }

    private void show(ProbeResult result, LandscapeViewModel viewModel) {
        if (result == null) {
            return;
        }
        List<String> names = viewModel.settings().originProperty().get() == null
                ? DatasetChoice.MNIST.classNames()
                : DatasetChoice.of(viewModel.settings().originProperty().get().dataset())
                        .classNames();
        if (!bars.classNames().equals(names) || result.perClass().length != names.size()) {
            bars.reset(names.size() == result.perClass().length ? names : DatasetChoice.MNIST.classNames());
        }
        bars.addEpoch(
                1,
                new Evaluation(
                        0,
                        Double.NaN,
                        Double.NaN,
                        result.loss(),
                        Double.NaN,
                        result.accuracy(),
                        result.perClass(),
                        new int[0][0],
                        Double.NaN,
                        Double.NaN));
        barsChart.setTitle("Test accuracy per class"); // where: the line above the chart
        title.setText(String.format(
                Locale.ROOT,
                "%s · test loss %.4f nats · test accuracy %.2f %%",
                result.label(),
                result.loss(),
                100 * result.accuracy()));
        Dataset s = result.samples();
        int side = (int) Math.round(Math.sqrt(s.featureCount()));
        List<DigitSample> shown = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            float[] pixels = Arrays.copyOfRange(s.features(), i * s.featureCount(), (i + 1) * s.featureCount());
            shown.add(new DigitSample(
                    side, pixels, s.labels()[i], result.predicted()[i], result.confidence()[i], bars.classNames()));
        }
        samples.setAll(shown);
    }
}
