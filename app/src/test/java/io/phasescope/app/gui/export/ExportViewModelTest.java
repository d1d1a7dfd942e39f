package io.phasescope.app.gui.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.export.NamedChart;
import io.phasescope.app.export.SizeUnit;
import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.task.DirectTaskExecutor;
import io.phasescope.model.train.BatchProgress;
import io.phasescope.render.ChartTheme;
import io.phasescope.render.export.ExportFormat;
import io.phasescope.render.figure.LegendPlacement;
import io.phasescope.render.training.TrainingChartData;
import io.phasescope.render.training.TrainingCharts;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {

    @TempDir
    Path dir;

    private final StatusModel status = new StatusModel();
    private final ExportViewModel viewModel = new ExportViewModel(new DirectTaskExecutor(), status);
    private final TrainingChartData data = new TrainingChartData(List.of("a", "b"));
    private final NamedChart chart =
            new NamedChart("Minibatch loss", "batch-loss", TrainingCharts.batchLoss(data, ChartTheme.DARK));

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void writesThePngAtTheChosenSizeAndReportsIt() throws Exception {
        data.addBatches(List.of(new BatchProgress(1, 1, 1, 2, 1.0), new BatchProgress(1, 2, 2, 2, 0.5)));
        viewModel.width().setText("300");
        viewModel.height().setText("200");
        viewModel.dpiProperty().set(144);
        Path file = dir.resolve("loss.png");

        viewModel.export(chart, file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(600);
        assertThat(image.getHeight()).isEqualTo(400);
        assertThat(image.getRGB(1, 1) & 0xFFFFFF).as("print style is white").isEqualTo(0xFFFFFF);
        assertThat(status.messageProperty().get()).isEqualTo("Exported Minibatch loss to " + file);
        assertThat(chart.chart().getBackgroundPaint())
                .as("the chart on screen keeps its theme")
                .isEqualTo(ChartTheme.DARK.background());
    }

    @Test
    void theFigureHasTheSizeInCentimetresAndTheStyleOfTheDialogAndThePreviewShowsIt() throws Exception {
        viewModel.unitProperty().set(SizeUnit.CENTIMETRES);
        assertThat(viewModel.width().textProperty().get()).as("640 pt in cm").isEqualTo("22.58");
        viewModel.width().setText("8.5");
        viewModel.height().setText("6");
        viewModel.serifProperty().set(true);
        viewModel.fontScaleProperty().set(1.5);
        viewModel.titleProperty().set("Minibatch loss, seed 1");
        viewModel.legendProperty().set(LegendPlacement.NONE);
        Path file = dir.resolve("loss.svg");

        viewModel.preview(chart);
        viewModel.export(chart, file);

        String svg = Files.readString(file);
        assertThat(svg)
                .contains("width='241.0' height='170.0'")
                .contains("Minibatch loss,", "seed 1")
                .contains("font-family: serif");
        assertThat(viewModel.previewProperty().get().getWidth())
                .as("preview pixels")
                .isBetween(160, 241);
        assertThat(viewModel.previewProperty().get().getHeight()
                        * 241.0
                        / viewModel.previewProperty().get().getWidth())
                .isCloseTo(170, org.assertj.core.api.Assertions.within(3.0));
        assertThat(chart.chart().getTitle().getText())
                .as("the chart on screen is untouched")
                .isEqualTo("Minibatch loss");
    }

    @Test
    void theDataGoesToCsv() throws Exception {
        data.addBatches(List.of(new BatchProgress(1, 1, 1, 1, 0.25)));
        Path file = dir.resolve("loss.csv");

        viewModel.export(chart, file);

        assertThat(Files.readAllLines(file))
                .containsExactly("series,iteration,cross-entropy (nats)", "minibatch,1.0,0.25", "smoothed,1.0,0.25");
    }

    @Test
    void theDialogsProblemsAreFoundBeforeExportingSoItCanStayOpen() throws Exception {
        assertThat(viewModel.problem("")).get().asString().contains("name the file");
        assertThat(viewModel.fileErrorProperty().get()).contains("name the file");
        assertThat(viewModel.problem(dir.resolve("loss.gif").toString()))
                .get()
                .asString()
                .contains(".png");
        assertThat(viewModel.problem(dir.toString())).get().asString().contains("is a folder");
        Path notAFolder = Files.writeString(dir.resolve("plain"), "x");
        assertThat(viewModel.problem(notAFolder.resolve("loss.png").toString()))
                .get()
                .asString()
                .contains("is a file, not a folder");

        viewModel.width().setText("-5");
        assertThat(viewModel.problem(dir.resolve("loss.png").toString()))
                .get()
                .asString()
                .contains("Width");
        assertThat(viewModel.fileErrorProperty().get()).isEmpty();

        viewModel.width().setText("640");
        assertThat(viewModel.problem(dir.resolve("sub/loss.png").toString())).isEmpty();
        assertThat(Files.list(dir)).containsExactly(notAFolder);
    }

    @Test
    void theProposedFolderIsTheLastOneChosenNeverTheWorkingDirectory() {
        assertThat(ExportViewModel.defaultFolder(dir)).isEqualTo(dir);
        Path fallback = ExportViewModel.defaultFolder(null);
        assertThat(fallback.startsWith(Path.of(System.getProperty("user.home"))))
                .isTrue();
    }

    @Test
    void anUnknownExtensionIsReportedAndWritesNothing() throws Exception {
        viewModel.export(chart, dir.resolve("loss.eps"));

        assertThat(status.errorProperty().get()).isTrue();
        assertThat(status.messageProperty().get()).contains("must end in .png, .svg, .pdf or .csv");
        assertThat(Files.list(dir)).isEmpty();
    }

    @Test
    void theChosenFormatsExtensionIsAddedWhenMissing() {
        assertThat(ExportViewModel.withExtension(Path.of("/a/chart"), ExportFormat.SVG))
                .isEqualTo(Path.of("/a/chart.svg"));
        assertThat(ExportViewModel.withExtension(Path.of("/a/chart.png"), ExportFormat.SVG))
                .isEqualTo(Path.of("/a/chart.png"));
    }
}
