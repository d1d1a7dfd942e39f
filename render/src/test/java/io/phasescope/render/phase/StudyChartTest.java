package io.phasescope.render.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.study.StudyFolder;
import io.phasescope.model.study.StudyResults;
import io.phasescope.model.study.TinyStudy;
import io.phasescope.model.study.VariantResult;
import io.phasescope.model.sweep.SeedSpread;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.export.ChartExporter;
import io.phasescope.render.export.CsvExporter;
import io.phasescope.render.export.ExportFormat;
import io.phasescope.render.export.ExportSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The study figure on a real study folder (two learning rates, two seeds each, three of the four sweeps finished):
 * one column per variant, each level's λ_c with its spread across the finished seeds, the classes lost per level.
 */
class StudyChartTest {

    @TempDir
    static Path dir;

    private static StudyResults results;

    @BeforeAll
    static void runTheStudy() throws IOException {
        Path root = Files.createDirectories(dir.resolve("study"));
        TinyStudy.run(root, TinyStudy.RATES, 3);
        results = StudyResults.read(root);
    }

    @Test
    void eachVariantIsAColumnWithItsLevelsMeanAndSpreadAcrossSeeds() {
        JFreeChart chart = StudyChart.of(results, LambdaUnit.BETA, ChartTheme.LIGHT);

        CombinedDomainXYPlot stack = (CombinedDomainXYPlot) chart.getPlot();
        SymbolAxis columns = (SymbolAxis) stack.getDomainAxis();
        assertThat(columns.getLabel()).isEqualTo("learning_rate");
        assertThat(columns.getSymbols()).containsExactly("learning_rate=0.01", "learning_rate=0.03");
        YIntervalSeriesCollection bars =
                (YIntervalSeriesCollection) stack.getSubplots().get(0).getDataset();
        SeedSpread first = results.variants().get(0).levels().get(0);
        assertThat(first.members()).hasSize(2);
        YIntervalSeries level = bars.getSeries(bars.indexOf("level " + VariantResult.levelName(first)));
        assertThat(level.getItemCount()).isEqualTo(2); // one bar per variant
        assertThat(level.getX(0).doubleValue()).isCloseTo(0, within(0.5));
        assertThat(level.getYValue(0)).isCloseTo(2 * first.mean(), within(1e-12));
        assertThat(level.getYLowValue(0)).isCloseTo(2 * (first.mean() - first.spread()), within(1e-12));
        assertThat(level.getYHighValue(0)).isCloseTo(2 * (first.mean() + first.spread()), within(1e-12));
        assertThat(level.getX(1).doubleValue()).isCloseTo(1, within(0.5));
        assertThat(level.getYHighValue(1)).isEqualTo(level.getYLowValue(1)); // one seed finished: no spread
    }

    @Test
    void theHierarchyPanelNamesTheClassesEachVariantLosesAtEachLevel() {
        JFreeChart chart = StudyChart.of(results, LambdaUnit.LAMBDA, ChartTheme.DARK);

        XYPlot hierarchy =
                ((CombinedDomainXYPlot) chart.getPlot()).getSubplots().get(1);
        List<String> texts = hierarchy.getAnnotations().stream()
                .map(a -> ((XYTextAnnotation) a).getText())
                .toList();
        VariantResult first = results.variants().get(0);
        List<String> lost = VariantResult.classesLost(first.levels().get(0)).stream()
                .map(c -> first.classNames().get(c))
                .toList();
        assertThat(lost).isNotEmpty();
        assertThat(texts).containsAll(lost);
        assertThat(CsvExporter.toCsv(chart)).contains("lost: " + lost.get(0)).contains("level 1");
    }

    @Test
    void exportsLikeEveryOtherFigure(@TempDir Path out) {
        JFreeChart chart = StudyChart.of(results, LambdaUnit.LAMBDA, ChartTheme.LIGHT);
        for (ExportFormat format : ExportFormat.values()) {
            Path file = out.resolve("study." + format.name().toLowerCase(java.util.Locale.ROOT));
            ChartExporter.export(chart, format, file, new ExportSize(480, 280, ExportSize.PRINT_DPI));
            assertThat(file).isNotEmptyFile();
        }
    }

    @Test
    void aStudyWithNothingFinishedDrawsItsColumnsAndSaysSo() throws IOException {
        Path root = Files.createDirectories(dir.resolve("fresh"));
        StudyFolder.openOrCreate(root, TinyStudy.SEEDS);

        JFreeChart chart = StudyChart.of(StudyResults.read(root), LambdaUnit.LAMBDA, ChartTheme.LIGHT);

        XYPlot top = ((CombinedDomainXYPlot) chart.getPlot()).getSubplots().get(0);
        assertThat(top.getDataset().getSeriesCount()).isZero();
        assertThat(top.getNoDataMessage()).contains("No finished sweep");
        assertThat(DrawnChart.plotInfo(chart, 600, 400).getSubplotCount()).isEqualTo(2);
    }
}
