package io.phasescope.render.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.landscape.PathProfile;
import io.phasescope.model.landscape.SliceGrid;
import io.phasescope.render.ChartSnapshot;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.export.CsvExporter;
import io.phasescope.render.export.ExportSize;
import io.phasescope.render.export.PngExporter;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SliceChartsTest {

    private static final SliceLabels LABELS = new SliceLabels("Basin", "E (nats)", "a", "b");

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /** A bowl E = 0.1 + a² + b² on [-1, 1]², {@code n} points per axis, optionally only every 4th evaluated. */
    static SliceGrid bowl(int n, boolean coarseOnly) {
        double[] axis = new double[n];
        for (int i = 0; i < n; i++) {
            axis[i] = -1 + 2.0 * i / (n - 1);
        }
        double[][] values = new double[n][n];
        int computed = 0;
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                boolean evaluated = !coarseOnly || (i % 4 == 0 && j % 4 == 0);
                values[j][i] = evaluated ? 0.1 + axis[i] * axis[i] + axis[j] * axis[j] : Double.NaN;
                computed += evaluated ? 1 : 0;
            }
        }
        return new SliceGrid(axis, axis.clone(), values, computed, n * n);
    }

    @Test
    void heatmapHasBlocksContoursColourBarAndOverlayAndExportsItsValues() {
        SliceOverlay overlay = new SliceOverlay(
                List.of(new SliceOverlay.Marker("θ₀", 0, 0)),
                List.of(new SliceOverlay.Trajectory("sweep", new double[] {0, 0.5}, new double[] {0, 0.25})));

        JFreeChart chart = SliceCharts.heatmap(bowl(21, false), LABELS, overlay, true, ChartTheme.DARK);

        XYPlot plot = chart.getXYPlot();
        XYBlockRenderer blocks = (XYBlockRenderer) plot.getRenderer(0);
        assertThat(blocks.getBlockWidth()).isEqualTo(0.1, within(1e-12));
        assertThat(blocks.getAnnotations()).hasSize(1).first().isInstanceOf(ContourAnnotation.class);
        assertThat(plot.getDataset(1).getSeriesCount()).isEqualTo(2);
        PaintScaleLegend bar = chart.getSubtitles().stream()
                .filter(PaintScaleLegend.class::isInstance)
                .map(PaintScaleLegend.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(bar.getAxis()).isInstanceOf(LogAxis.class);
        assertThat(((SliceScale) bar.getScale()).lower()).isEqualTo(0.1, within(1e-12));
        String csv = CsvExporter.toCsv(chart);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("series,a,b,value");
        assertThat(csv.lines().filter(l -> l.startsWith("E (nats),")).count()).isEqualTo(21 * 21);
        assertThat(csv).contains("θ₀,0.0,0.0,");
        BufferedImage image = PngExporter.render(chart, new ExportSize(640, 480, ExportSize.SCREEN_DPI));
        assertThat(image.getWidth()).isPositive();
        JFreeChart copy = ChartSnapshot.of(chart);
        assertThat(((XYBlockRenderer) copy.getXYPlot().getRenderer(0)).getAnnotations())
                .as("contours survive a copy")
                .hasSize(1);
        assertThat(PngExporter.render(copy, new ExportSize(640, 480, ExportSize.SCREEN_DPI))
                        .getWidth())
                .isPositive();
    }

    @Test
    void aPartlyRefinedSliceIsDrawnFromItsCoarsePoints() {
        JFreeChart chart = SliceCharts.heatmap(bowl(21, true), LABELS, SliceOverlay.NONE, false, ChartTheme.LIGHT);

        String csv = CsvExporter.toCsv(chart);
        assertThat(csv).doesNotContain("NaN");
        assertThat(chart.getLegend()).isNull();
        assertThat(((XYBlockRenderer) chart.getXYPlot().getRenderer(0)).getAnnotations())
                .hasSize(1);
    }

    @Test
    void aOneDimensionalSliceIsACurveWithMarkers() {
        SliceGrid bowl = bowl(11, false);
        SliceGrid row = new SliceGrid(bowl.a(), new double[] {0}, new double[][] {bowl.values()[5]}, 11, 11);

        JFreeChart chart = SliceCharts.curve(
                row,
                LABELS,
                new SliceOverlay(List.of(new SliceOverlay.Marker("B", 1, 0)), List.of()),
                false,
                ChartTheme.LIGHT);

        assertThat(chart.getXYPlot().getDataset().getItemCount(0)).isEqualTo(11);
        assertThat(chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND)).hasSize(1);
        assertThatThrownBy(() -> SliceCharts.heatmap(row, LABELS, SliceOverlay.NONE, false, ChartTheme.LIGHT))
                .hasMessageContaining("11x1");
    }

    @Test
    void pathProfilesOverlayTrainAndTestOfEachPathAndTheClassStrip() {
        double[] t = {0, 0.5, 1};
        double[][] perClass = new double[3][10];
        for (double[] row : perClass) {
            Arrays.fill(row, 0.9);
        }
        PathProfile linear = new PathProfile(
                "linear",
                t,
                new double[] {0.1, 1.2, 0.1},
                new double[] {0.2, 1.3, 0.2},
                new double[] {0.01, 0.4, 0.01},
                new double[] {0.02, 0.45, 0.02},
                perClass,
                new double[] {3, 1.5, 0});
        PathProfile bezier = new PathProfile(
                "bezier",
                t,
                new double[] {0.1, 0.15, 0.1},
                new double[] {0.2, 0.25, 0.2},
                new double[] {0.01, 0.02, 0.01},
                new double[] {0.02, 0.03, 0.02},
                perClass,
                new double[] {3, 2, 0});

        JFreeChart chart = PathCharts.profiles(List.of(linear, bezier), 0.5, ChartTheme.LIGHT);
        CombinedDomainXYPlot stack = (CombinedDomainXYPlot) chart.getPlot();

        assertThat(stack.getSubplots()).hasSize(2);
        XYPlot loss = (XYPlot) stack.getSubplots().get(0);
        assertThat(loss.getDataset().getSeriesCount()).isEqualTo(4);
        assertThat(loss.getDataset().getSeriesKey(2)).isEqualTo("bezier · train");
        assertThat(loss.getDomainMarkers(Layer.FOREGROUND)).hasSize(3);
        List<String> names = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        JFreeChart strip = PathCharts.classAccuracy(linear, names, 0.5, ChartTheme.LIGHT);
        assertThat(CsvExporter.toCsv(strip).lines().count()).isEqualTo(1 + 3 * 10);
    }
}
