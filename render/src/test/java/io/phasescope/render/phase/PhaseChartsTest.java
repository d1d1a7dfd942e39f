package io.phasescope.render.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.render.ChartSnapshot;
import io.phasescope.render.ChartStyler;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.PlotGrid;
import io.phasescope.render.export.ChartExporter;
import io.phasescope.render.export.CsvExporter;
import io.phasescope.render.export.ExportFormat;
import io.phasescope.render.export.ExportSize;
import java.awt.BasicStroke;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class PhaseChartsTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void metricsVsLambdaStacksLossesOverAccuracyWithDashedTransitionsAndProbes() throws Exception {
        JFreeChart chart = PhaseCharts.metricsVsLambda(SweepFixtures.diagram(LambdaUnit.LAMBDA), ChartTheme.LIGHT);

        CombinedDomainXYPlot stack = (CombinedDomainXYPlot) chart.getPlot();
        assertThat(stack.getDomainAxis().getLabel()).startsWith("λ").contains("L_λ = E + λ‖θ‖²");
        XYPlot losses = subplot(stack, 0);
        XYPlot accuracy = subplot(stack, 1);
        assertThat(losses.getRangeAxis().getLabel()).isEqualTo("loss (nats)");
        assertThat(accuracy.getRangeAxis().getLabel())
                .as("short, so that the two stacked axis titles fit beside their panels")
                .isEqualTo("accuracy");
        assertThat(((NumberAxis) accuracy.getRangeAxis()).isAutoTickUnitSelection())
                .as("as many percent ticks as fit")
                .isTrue();
        assertThat(seriesKeys(losses.getDataset(0)))
                .containsExactly(
                        "E_train · up · seed 1",
                        "L_λ · up · seed 1",
                        "E_test · up · seed 1",
                        "E_train · down · seed 1",
                        "L_λ · down · seed 1",
                        "E_test · down · seed 1");
        assertThat(losses.getDataset(0).getItemCount(0)).isEqualTo(SweepFixtures.GRID);
        assertThat(seriesKeys(accuracy.getDataset(0)))
                .containsExactly("test accuracy · up · seed 1", "test accuracy · down · seed 1");
        assertThat(seriesKeys(accuracy.getDataset(1))).containsExactly("test accuracy · probe");
        assertThat(accuracy.getDataset(1).getXValue(0, 0)).isCloseTo(0.0075, within(1e-12));

        Collection<Marker> lines = markers(accuracy, Layer.BACKGROUND);
        assertThat(lines).hasSize(6).allSatisfy(m -> {
            assertThat(m).isInstanceOf(ValueMarker.class);
            assertThat(((BasicStroke) m.getStroke()).getDashArray())
                    .as("dashed")
                    .isNotNull();
        });
        assertThat(lines)
                .extracting(m -> ((ValueMarker) m).getValue())
                .anySatisfy(v -> assertThat(v).isCloseTo(0.0045, within(1e-12)))
                .anySatisfy(v -> assertThat(v).isCloseTo(0.0145, within(1e-12)));
        assertThat(markers(losses, Layer.BACKGROUND)).hasSize(6);
        assertThat(legendLabels(stack.getLegendItems()))
                .contains("E_train", "E_test", "test accuracy", "up", "down", "probe", "transition");

        Document svg = svg(chart, "metrics.svg");
        assertThat(texts(svg)).contains("Loss and accuracy vs λ", "test accuracy", "E_train", "transition");
        BufferedImage png = png(chart, "metrics.png");
        assertThat(distinctColours(png)).isGreaterThan(30);
    }

    @Test
    void theBetaUnitDoublesEveryLambdaAndSaysSoOnTheAxis() {
        JFreeChart chart = PhaseCharts.metricsVsLambda(SweepFixtures.diagram(LambdaUnit.BETA), ChartTheme.LIGHT);

        CombinedDomainXYPlot stack = (CombinedDomainXYPlot) chart.getPlot();
        assertThat(stack.getDomainAxis().getLabel()).startsWith("β = 2λ").contains("weight decay");
        assertThat(chart.getTitle().getText()).isEqualTo("Loss and accuracy vs β");
        XYPlot accuracy = subplot(stack, 1);
        XYDataset up = accuracy.getDataset(0);
        assertThat(up.getXValue(0, SweepFixtures.GRID - 1)).isCloseTo(2 * 0.02, within(1e-12));
        assertThat(markers(accuracy, Layer.BACKGROUND))
                .extracting(m -> ((ValueMarker) m).getValue())
                .anySatisfy(v -> assertThat(v).isCloseTo(2 * 0.0045, within(1e-12)))
                .anySatisfy(v -> assertThat(v).isCloseTo(2 * 0.0145, within(1e-12)));
    }

    @Test
    void switchingUnitsOnLiveChartsRelabelsTheSameChartObjects() {
        PhaseCharts charts = new PhaseCharts(ChartTheme.DARK);
        JFreeChart heatmap = charts.classHeatmap();
        charts.update(SweepFixtures.diagram(LambdaUnit.LAMBDA));
        charts.update(charts.shown().withUnit(LambdaUnit.BETA));

        assertThat(charts.classHeatmap()).isSameAs(heatmap);
        for (JFreeChart chart : List.of(charts.metricsVsLambda(), charts.branches(), charts.classHeatmap())) {
            assertThat(((CombinedDomainXYPlot) chart.getPlot()).getDomainAxis().getLabel())
                    .startsWith("β = 2λ");
        }
        PlotGrid grid = (PlotGrid) charts.classMultiples().getPlot();
        assertThat(grid.cells().get(5).getDomainAxis().getLabel()).isEqualTo("β");
        assertThat(charts.classMultiples().getTitle().getText()).isEqualTo("Test accuracy per class vs β");
    }

    @Test
    void metricsVsNormFollowsEachBranchInWalkingOrderAndShadesTheNormGaps() throws Exception {
        JFreeChart chart = PhaseCharts.metricsVsNorm(SweepFixtures.diagram(LambdaUnit.LAMBDA), ChartTheme.LIGHT);

        CombinedDomainXYPlot stack = (CombinedDomainXYPlot) chart.getPlot();
        assertThat(stack.getDomainAxis().getLabel()).startsWith("‖θ‖");
        XYPlot losses = subplot(stack, 0);
        XYDataset data = losses.getDataset(0);
        List<SweepPoint> up = SweepFixtures.upDown(1).subList(0, SweepFixtures.GRID);
        for (int i = 0; i < up.size(); i++) {
            assertThat(data.getXValue(0, i))
                    .as("up branch in walking order")
                    .isEqualTo(up.get(i).norm());
        }
        assertThat(markers(losses, Layer.BACKGROUND)).hasSize(6).allSatisfy(m -> {
            IntervalMarker gap = (IntervalMarker) m;
            assertThat(gap.getEndValue() - gap.getStartValue()).isCloseTo(6, within(1e-9));
        });
        assertThat(texts(svg(chart, "norm.svg"))).contains("Loss and accuracy vs ‖θ‖", "‖θ‖ gap of a transition");
    }

    /** Spectra of the up branch: λ_min(∇²E) = −0.012, so L_λ has a saddle while 2λ < 0.012 (grid points 0–5). */
    private static List<PointSpectrum> upSpectra() {
        List<PointSpectrum> rows = new ArrayList<>();
        for (int i = 0; i < SweepFixtures.GRID; i++) {
            rows.add(new PointSpectrum(
                    Branch.UP,
                    1,
                    i * SweepFixtures.STEP,
                    new double[] {3},
                    new double[] {-0.012},
                    Double.NaN,
                    Double.NaN,
                    30,
                    true,
                    100,
                    0.1));
        }
        rows.add(new PointSpectrum(
                Branch.UP, 1, 0.5, new double[] {3}, new double[] {-5}, Double.NaN, Double.NaN, 30, true, 100, 0.1));
        return rows;
    }

    @Test
    void spectraMarkTheSaddlesOfLOnTheLLambdaCurveAndOnETrainAgainstTheNorm() {
        PhaseDiagram diagram = SweepFixtures.diagram(LambdaUnit.BETA).withSpectra(upSpectra());

        JFreeChart lambda = PhaseCharts.metricsVsLambda(diagram, ChartTheme.LIGHT);
        JFreeChart norm = PhaseCharts.metricsVsNorm(diagram, ChartTheme.LIGHT);

        XYPlot losses = ((CombinedDomainXYPlot) lambda.getPlot()).getSubplots().get(0);
        XYDataset saddles = losses.getDataset(3);
        assertThat(saddles.getSeriesCount()).isEqualTo(1);
        assertThat(saddles.getSeriesKey(0)).isEqualTo(PhaseCharts.SADDLE + " · up · seed 1");
        assertThat(saddles.getItemCount(0))
                .as("λ = 0 … 0.005; the row at λ = 0.5 has no point")
                .isEqualTo(6);
        SweepPoint fifth = diagram.points().get(5);
        assertThat(saddles.getXValue(0, 5)).as("β = 2λ").isCloseTo(0.01, within(1e-12));
        assertThat(saddles.getYValue(0, 5)).isEqualTo(fifth.regLoss());
        XYDataset normSaddles =
                ((CombinedDomainXYPlot) norm.getPlot()).getSubplots().get(0).getDataset(3);
        assertThat(normSaddles.getXValue(0, 5)).isEqualTo(fifth.norm());
        assertThat(normSaddles.getYValue(0, 5)).isEqualTo(fifth.trainLoss());
        for (JFreeChart chart : List.of(lambda, norm)) {
            LegendItemCollection legend = chart.getPlot().getLegendItems();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < legend.getItemCount(); i++) {
                labels.add(legend.get(i).getLabel());
            }
            assertThat(labels).containsOnlyOnce(PhaseCharts.SADDLE);
        }
        assertThat(CsvExporter.toCsv(lambda).lines().filter(l -> l.contains(PhaseCharts.SADDLE)))
                .hasSize(6);

        PhaseCharts live = new PhaseCharts(ChartTheme.LIGHT);
        live.update(diagram);
        live.update(diagram.withSpectra(List.of()));
        XYPlot liveLosses = ((CombinedDomainXYPlot) live.metricsVsLambda().getPlot())
                .getSubplots()
                .get(0);
        assertThat(liveLosses.getDataset(3).getSeriesCount())
                .as("spectra removed: no saddles")
                .isZero();
        assertThat(SweepFixtures.diagram(LambdaUnit.LAMBDA).spectra())
                .as("the six-argument constructor")
                .isEmpty();
    }

    @Test
    void branchesAndSeedsGetDistinctColoursAndDashes() throws Exception {
        List<SweepPoint> points = new ArrayList<>(SweepFixtures.upDown(1));
        points.addAll(SweepFixtures.upDown(2));
        PhaseDiagram diagram = new PhaseDiagram(
                SweepFixtures.DIGITS, points, List.of(), SweepFixtures.transitions(1), LambdaUnit.LAMBDA, null);
        JFreeChart chart = PhaseCharts.branches(diagram, ChartTheme.LIGHT);

        assertThat(chart.getTitle().getText()).startsWith("Hysteresis: up and down branches");
        XYPlot accuracy = subplot((CombinedDomainXYPlot) chart.getPlot(), 0);
        assertThat(seriesKeys(accuracy.getDataset(0)))
                .containsExactly(
                        "test accuracy · up · seed 1",
                        "test accuracy · down · seed 1",
                        "test accuracy · up · seed 2",
                        "test accuracy · down · seed 2");
        var renderer = accuracy.getRenderer(0);
        assertThat(List.of(
                        renderer.getSeriesPaint(0),
                        renderer.getSeriesPaint(1),
                        renderer.getSeriesPaint(2),
                        renderer.getSeriesPaint(3)))
                .doesNotHaveDuplicates();
        assertThat(((BasicStroke) renderer.getSeriesStroke(0)).getDashArray())
                .as("up is solid")
                .isNull();
        assertThat(((BasicStroke) renderer.getSeriesStroke(1)).getDashArray())
                .as("down is dashed")
                .isNotNull();
        assertThat(renderer.getSeriesShape(0)).isNotEqualTo(renderer.getSeriesShape(2));
        assertThat(legendLabels(chart.getPlot().getLegendItems())).contains("up · seed 1", "down · seed 2");
        assertThat(texts(svg(chart, "branches.svg"))).contains("up · seed 1", "down · seed 2");
        assertThat(subplot((CombinedDomainXYPlot) chart.getPlot(), 1)
                        .getRangeAxis()
                        .getLabel())
                .isEqualTo("‖θ‖");
    }

    @Test
    void classMultiplesDrawOneSmallPlotPerClassInTwoRowsOfFive() throws Exception {
        JFreeChart chart = PhaseCharts.classMultiples(SweepFixtures.diagram(LambdaUnit.LAMBDA), ChartTheme.LIGHT);

        PlotGrid grid = (PlotGrid) chart.getPlot();
        assertThat(grid.columns()).isEqualTo(5);
        assertThat(grid.cells()).hasSize(10);
        assertThat(grid.titles()).startsWith("class 0").endsWith("class 9");
        XYPlot nine = grid.cells().get(9);
        assertThat(seriesKeys(nine.getDataset(0))).containsExactly("class 9 · up · seed 1", "class 9 · down · seed 1");
        assertThat(nine.getDataset(0).getYValue(0, 0)).isGreaterThan(0.9);
        assertThat(nine.getDataset(0).getYValue(0, 5))
                .as("class 9 lost at the first jump")
                .isLessThan(0.1);
        assertThat(markers(nine, Layer.BACKGROUND)).hasSize(6);
        assertThat(grid.cells().get(0).getRangeAxis().getLabel())
                .as("no y title: the left column is no narrower than the others")
                .isNull();
        assertThat(grid.cells().get(7).getDomainAxis().getLabel()).isEqualTo("λ");
        assertThat(grid.cells().get(2).getDomainAxis().isTickLabelsVisible())
                .as("only the bottom row")
                .isFalse();
        assertThat(grid.cells().get(6).getRangeAxis().isTickLabelsVisible())
                .as("only the left column")
                .isFalse();

        assertThat(texts(svg(chart, "multiples.svg")))
                .contains("Test accuracy per class vs λ", "class 0", "class 9", "up · seed 1", "probe");
        BufferedImage png = png(chart, "multiples.png");
        assertThat(distinctColours(png)).isGreaterThan(30);
    }

    @Test
    void theClassHeatmapHasOneStripPerBranchAndAColourScaleLegend() throws Exception {
        JFreeChart chart = PhaseCharts.classHeatmap(SweepFixtures.diagram(LambdaUnit.LAMBDA), ChartTheme.LIGHT);

        CombinedDomainXYPlot stack = (CombinedDomainXYPlot) chart.getPlot();
        assertThat(stack.getSubplots()).hasSize(2);
        XYPlot up = subplot(stack, 0);
        assertThat(up.getRangeAxis().getLabel()).isEqualTo("up · class");
        assertThat(subplot(stack, 1).getRangeAxis().getLabel()).isEqualTo("down · class");
        XYBlockRenderer renderer = (XYBlockRenderer) up.getRenderer();
        assertThat(renderer.getPaintScale()).isInstanceOf(AccuracyScale.class);
        assertThat(renderer.getBlockWidth()).isCloseTo(SweepFixtures.STEP, within(1e-12));
        XYZDataset data = (XYZDataset) up.getDataset();
        assertThat(data.getItemCount(0)).isEqualTo(SweepFixtures.GRID * 10);
        assertThat(data.getZValue(0, 9)).as("λ = 0, class 9").isGreaterThan(0.9);
        assertThat(data.getZValue(0, 5 * 10 + 9)).as("λ = 0.005, class 9").isLessThan(0.1);
        assertThat(chart.getSubtitles()).anySatisfy(t -> assertThat(t).isInstanceOf(PaintScaleLegend.class));
        assertThat(markers(up, Layer.FOREGROUND)).hasSize(3);

        assertThat(texts(svg(chart, "heatmap.svg"))).contains("Test accuracy per class and λ", "100%", "9");
        BufferedImage png = png(chart, "heatmap.png");
        assertThat(distinctColours(png)).isGreaterThan(20);
    }

    @Test
    void theConfusionMatrixColoursRowFractionsAndLabelsCounts() throws Exception {
        int[][] confusion = new int[10][10];
        for (int t = 0; t < 10; t++) {
            confusion[t][t] = 97;
            confusion[t][(t + 1) % 10] = 3;
        }
        JFreeChart chart = ConfusionMatrixChart.of(
                confusion, SweepFixtures.DIGITS, "Confusion matrix at λ = 0.001", ChartTheme.LIGHT);

        XYPlot plot = chart.getXYPlot();
        XYZDataset data = (XYZDataset) plot.getDataset();
        assertThat(data.getItemCount(0)).isEqualTo(100);
        assertThat(data.getZValue(0, 0)).isCloseTo(0.97, within(1e-12));
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("predicted class");
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("true class");
        assertThat(plot.getRangeAxis().isInverted()).as("class 0 on top").isTrue();
        List<String> texts = texts(svg(chart, "confusion.svg"));
        assertThat(texts).contains("Confusion matrix at λ = 0.001", "97", "3", "predicted class");
        assertThat(texts.stream().filter("0"::equals))
                .as("zero counts are not labelled, only ticks")
                .hasSize(2);
        assertThat(CsvExporter.toCsv(chart).lines().findFirst()).contains("series,predicted class,true class,value");
        JFreeChart copy = ChartSnapshot.of(chart);
        ChartStyler.apply(copy, ChartTheme.DARK);
        assertThat(texts(svg(copy, "confusion-copy.svg"))).contains("97");
    }

    @Test
    void selectingAPointMovesOnlyTheCursor() {
        PhaseCharts charts = new PhaseCharts(ChartTheme.LIGHT);
        PhaseDiagram diagram = SweepFixtures.diagram(LambdaUnit.LAMBDA);
        charts.update(diagram);
        XYPlot accuracy =
                subplot((CombinedDomainXYPlot) charts.metricsVsLambda().getPlot(), 1);
        XYDataset lines = accuracy.getDataset(0);
        SweepPoint selected = diagram.points().get(30);

        charts.update(diagram.withSelected(selected));

        assertThat(accuracy.getDataset(0)).as("lines kept").isSameAs(lines);
        assertThat(markers(accuracy, Layer.FOREGROUND))
                .singleElement()
                .satisfies(m -> assertThat(((ValueMarker) m).getValue()).isEqualTo(selected.lambda()));
        assertThat(accuracy.getDataset(2).getYValue(0, 0)).isEqualTo(selected.testAccuracy());
        PlotGrid grid = (PlotGrid) charts.classMultiples().getPlot();
        assertThat(markers(grid.cells().get(3), Layer.FOREGROUND)).hasSize(1);

        charts.update(diagram.withSelected(null));
        assertThat(markers(accuracy, Layer.FOREGROUND)).isEmpty();
    }

    @Test
    void anEmptyDiagramSaysSoAndEveryChartSurvivesSnapshotThemeAndCsv() throws Exception {
        PhaseCharts empty = new PhaseCharts(ChartTheme.LIGHT);
        assertThat(texts(svg(empty.metricsVsLambda(), "empty.svg"))).contains(PhaseCharts.NO_DATA);

        PhaseCharts charts = new PhaseCharts(ChartTheme.LIGHT);
        charts.update(SweepFixtures.diagram(LambdaUnit.LAMBDA)
                .withSelected(SweepFixtures.upDown(1).get(3)));
        for (JFreeChart chart : charts.all()) {
            JFreeChart copy = ChartSnapshot.of(chart);
            ChartStyler.apply(copy, ChartTheme.DARK);
            ChartExporter.export(copy, ExportFormat.PNG, dir.resolve("copy.png"), ExportSize.pixels(500, 400));
            assertThat(CsvExporter.toCsv(copy).lines().count())
                    .as(chart.getTitle().getText())
                    .isGreaterThan(20);
        }
        charts.setTheme(ChartTheme.DARK);
        PlotGrid grid = (PlotGrid) charts.classMultiples().getPlot();
        assertThat(grid.cells().get(4).getBackgroundPaint()).isEqualTo(ChartTheme.DARK.background());
        assertThat(grid.titlePaint()).isEqualTo(ChartTheme.DARK.text());
        String csv = CsvExporter.toCsv(charts.classMultiples());
        assertThat(csv.lines().findFirst()).contains("panel,series,λ,y");
        assertThat(csv).contains("class 3,class 3 · up · seed 1,0.0,");
        assertThat(CsvExporter.toCsv(charts.classHeatmap()).lines().findFirst())
                .hasValueSatisfying(
                        h -> assertThat(h).startsWith("panel,series,λ").endsWith(",y,value"));
    }

    @Test
    void branchStylesAreDistinctPerBranchAndSeed() {
        assertThat(BranchStyle.paint(Branch.UP, 0)).isNotEqualTo(BranchStyle.paint(Branch.DOWN, 0));
        assertThat(BranchStyle.paint(Branch.UP, 0)).isNotEqualTo(BranchStyle.paint(Branch.UP, 1));
        assertThat(BranchStyle.stroke(Branch.COLD)).isNotEqualTo(BranchStyle.stroke(Branch.DOWN));
        assertThat(AccuracyScale.color(0)).isNotEqualTo(AccuracyScale.color(1));
        assertThat(AccuracyScale.needsDarkText(1)).isTrue();
        assertThat(AccuracyScale.needsDarkText(0)).isFalse();
    }

    private static XYPlot subplot(CombinedDomainXYPlot stack, int index) {
        return stack.getSubplots().get(index);
    }

    @SuppressWarnings("unchecked")
    private static Collection<Marker> markers(XYPlot plot, Layer layer) {
        Collection<Marker> markers = plot.getDomainMarkers(layer);
        return markers == null ? List.of() : markers;
    }

    private static List<String> seriesKeys(XYDataset data) {
        List<String> keys = new ArrayList<>();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            keys.add(data.getSeriesKey(s).toString());
        }
        return keys;
    }

    private static List<String> legendLabels(LegendItemCollection items) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            LegendItem item = items.get(i);
            labels.add(item.getLabel());
        }
        return labels;
    }

    private Document svg(JFreeChart chart, String name) throws Exception {
        Path file = dir.resolve(name);
        ChartExporter.export(chart, ExportFormat.SVG, file, ExportSize.pixels(900, 600));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private BufferedImage png(JFreeChart chart, String name) throws Exception {
        Path file = dir.resolve(name);
        ChartExporter.export(chart, ExportFormat.PNG, file, ExportSize.pixels(900, 600));
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        return image;
    }

    private static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static long distinctColours(BufferedImage image) {
        int[] rgb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return Arrays.stream(rgb).distinct().count();
    }
}
