package io.phasescope.render.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.render.ChartTheme;
import io.phasescope.render.training.RunFixtures;
import io.phasescope.render.training.TrainingChartData;
import io.phasescope.render.training.TrainingCharts;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ChartExportTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void pngHasThePixelSizeAndResolutionAsked() throws Exception {
        JFreeChart chart = TrainingCharts.epochAccuracy(RunFixtures.run(4, 3), ChartTheme.LIGHT);
        Path file = dir.resolve("accuracy.png");

        ChartExporter.export(chart, ExportFormat.PNG, file, new ExportSize(400, 250, 150));

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(833);
        assertThat(image.getHeight()).isEqualTo(521);
        assertThat(dpi(file)).isEqualTo(150, within(0.1));
        assertThat(distinctColours(image)).isGreaterThan(20);
        int white = ChartTheme.LIGHT.background().getRGB() & 0xFFFFFF;
        assertThat(image.getRGB(image.getWidth() - 1, image.getHeight() / 3) & 0xFFFFFF)
                .as("right edge")
                .isEqualTo(white);
        assertThat(image.getRGB(image.getWidth() / 2, image.getHeight() - 1) & 0xFFFFFF)
                .as("bottom edge")
                .isEqualTo(white);
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void pngAtScreenResolutionIsOnePixelPerPoint() throws Exception {
        JFreeChart chart = TrainingCharts.batchLoss(RunFixtures.run(3, 40), ChartTheme.DARK);
        Path file = dir.resolve("batch.png");

        ChartExporter.export(chart, ExportFormat.PNG, file, ExportSize.pixels(640, 360));

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(360);
        assertThat(image.getRGB(2, 2) & 0xFFFFFF)
                .isEqualTo(ChartTheme.DARK.background().getRGB() & 0xFFFFFF);
    }

    @Test
    void pdfIsOneVectorPageOfTheChartsSizeWithItsTitle() throws Exception {
        JFreeChart chart = TrainingCharts.epochLoss(RunFixtures.run(3, 2), ChartTheme.LIGHT);
        Path file = dir.resolve("loss.pdf");

        ChartExporter.export(chart, ExportFormat.of(file), file, new ExportSize(600, 400, 300));

        byte[] pdf = java.nio.file.Files.readAllBytes(file);
        String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text)
                .startsWith("%PDF-")
                .contains("/MediaBox [0.0 0.0 600.0 400.0]")
                .contains("/Title (Loss per epoch)")
                .contains("/Count 1");
        assertThat(text.trim()).endsWith("%%EOF");
    }

    @Test
    void svgIsWellFormedAndNamesItsSeries() throws Exception {
        JFreeChart chart = TrainingCharts.epochLoss(RunFixtures.run(3, 2), ChartTheme.LIGHT);
        Path file = dir.resolve("loss.svg");

        ChartExporter.export(chart, ExportFormat.SVG, file, new ExportSize(600, 400, 300));

        Document svg = parse(file);
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("width")).startsWith("600");
        List<String> texts = texts(svg.getElementsByTagName("text"));
        assertThat(texts).contains("Loss per epoch", "train", "test", "epoch");
        assertThat(svg.getElementsByTagName("path").getLength()).isGreaterThan(2);
    }

    @Test
    void classAccuracySvgHasOneBarPerPresentClass() throws Exception {
        JFreeChart chart = TrainingCharts.classAccuracy(RunFixtures.run(1, 1), ChartTheme.LIGHT);
        Path file = dir.resolve("classes.svg");

        ChartExporter.export(chart, ExportFormat.SVG, file, ExportSize.pixels(500, 300));

        List<String> texts = texts(parse(file).getElementsByTagName("text"));
        assertThat(texts).contains("Test accuracy per class", "0", "9", "100%");
    }

    @Test
    void csvListsEveryPointUnderTheAxisLabels() throws Exception {
        TrainingChartData data = RunFixtures.run(3, 2);
        Path file = dir.resolve("loss.csv");

        ChartExporter.export(
                TrainingCharts.epochLoss(data, ChartTheme.LIGHT), ExportFormat.CSV, file, ExportSize.pixels(100, 100));

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(1 + 2 * 3);
        assertThat(lines.get(0)).isEqualTo("series,epoch,cross-entropy (nats)");
        assertThat(lines.get(1)).isEqualTo("train,1.0,1.0");
        assertThat(lines).contains("test,2.0," + (1.1 / 2));
    }

    @Test
    void categoryCsvLeavesMissingValuesEmpty() {
        String csv = CsvExporter.toCsv(TrainingCharts.classAccuracy(RunFixtures.run(1, 1), ChartTheme.LIGHT));

        assertThat(csv.lines()).hasSize(11).contains("test accuracy,7,", "series,class,test accuracy");
    }

    @Test
    void formatFollowsTheFileNameAndSizesAreChecked() {
        assertThat(ExportFormat.of(Path.of("a/B.SVG"))).isEqualTo(ExportFormat.SVG);
        assertThat(ExportFormat.of(Path.of("chart.pdf"))).isEqualTo(ExportFormat.PDF);
        assertThatThrownBy(() -> ExportFormat.of(Path.of("chart.eps"))).hasMessageContaining("chart.eps");
        assertThatThrownBy(() -> new ExportSize(640, 10, 72))
                .hasMessageContaining("height")
                .hasMessageContaining("10");
        assertThat(new ExportSize(600, 400, 300).pixelWidth()).isEqualTo(2500);
    }

    /** The resolution in the PNG's pHYs chunk (read natively: the JDK's standard tree inverts it). */
    private static double dpi(Path png) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode phys =
                    (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
            return Double.parseDouble(phys.getAttribute("pixelsPerUnitXAxis")) * 0.0254;
        }
    }

    private static long distinctColours(BufferedImage image) {
        int[] rgb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return Arrays.stream(rgb).distinct().count();
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }
}
