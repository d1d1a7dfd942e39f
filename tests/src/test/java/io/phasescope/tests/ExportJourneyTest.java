package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.config.GuiConfig;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

/**
 * Figures end to end, headless: on the demo workspace's phase diagram, File → Export chart (Ctrl+E) sizes the figure
 * in centimetres and writes it by the name typed in the dialog — an SVG that parses as XML and holds the chart's
 * series, a PDF of one page of the chosen size in points, a PNG of the chosen size in pixels at the chosen dpi.
 */
class ExportJourneyTest extends AppJourney {

    private static final double WIDTH_CM = 8.5;
    private static final double HEIGHT_CM = 6;

    @TempDir
    Path sweeps;

    @TempDir
    Path out;

    @Override
    protected GuiConfig config() {
        return new GuiConfig(null, sweeps);
    }

    @Test
    void svgPdfAndPngOfThePhaseDiagramAtTheChosenSize() throws Exception {
        robot.clickOn("Help").clickOn("Open demo workspace");
        await("the demo opens", 40, () -> ChartReads.metricsPoints(robot) > 0);
        robot.clickOn("#phaseTab");
        aBadFileNameOrSizeKeepsTheDialogOpenWithTheFieldMarked();

        Path svg = export("loss.svg");
        DocumentBuilderFactory parser = DocumentBuilderFactory.newInstance();
        // well-formedness, offline: the SVG 1.1 doctype names a DTD on the web
        parser.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document xml = parser.newDocumentBuilder().parse(svg.toFile());
        assertThat(xml.getDocumentElement().getNodeName()).isEqualTo("svg");
        String svgText = Files.readString(svg);
        assertThat(svgText).contains("E_train", "test accuracy", "transition");
        assertThat(Double.parseDouble(xml.getDocumentElement().getAttribute("width")))
                .as("8.5 cm in points")
                .isCloseTo(WIDTH_CM / 2.54 * 72, org.assertj.core.api.Assertions.within(1.0));

        Path pdf = export("loss.pdf");
        String pdfText = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertThat(pdfText).startsWith("%PDF-");
        assertThat(count(Pattern.compile("/Type\\s*/Page[^s]"), pdfText))
                .as("one page")
                .isEqualTo(1);
        Matcher box = Pattern.compile("/MediaBox \\[0\\.0 0\\.0 ([0-9.]+) ([0-9.]+)\\]")
                .matcher(pdfText);
        assertThat(box.find()).isTrue();
        assertThat(Double.parseDouble(box.group(1)))
                .isCloseTo(WIDTH_CM / 2.54 * 72, org.assertj.core.api.Assertions.within(1.0));
        assertThat(Double.parseDouble(box.group(2)))
                .isCloseTo(HEIGHT_CM / 2.54 * 72, org.assertj.core.api.Assertions.within(1.0));

        Path png = export("loss.png");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth())
                .as("8.5 cm at 300 dpi")
                .isCloseTo((int) Math.round(WIDTH_CM / 2.54 * 300), org.assertj.core.api.Assertions.within(2));
        assertThat(image.getHeight())
                .isCloseTo((int) Math.round(HEIGHT_CM / 2.54 * 300), org.assertj.core.api.Assertions.within(2));
    }

    private void aBadFileNameOrSizeKeepsTheDialogOpenWithTheFieldMarked() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !robot.lookup(".dialog-pane").queryAll().isEmpty());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(field(dialog, "#exportFileField").getText())
                .as("the proposed file is not in the working directory")
                .doesNotStartWith(Path.of("").toAbsolutePath() + "/phase");
        robot.interact(() -> field(dialog, "#exportFileField")
                .setText(out.resolve("loss.gif").toString()));
        robot.clickOn(okButton(dialog));
        assertThat(robot.lookup(".dialog-pane").queryAll()).as("still open").isNotEmpty();
        assertThat(robot.from(dialog).lookup("#exportFileError").queryLabeled().getText())
                .contains(".png");
        assertThat(field(dialog, "#exportFileField").getPseudoClassStates().toString())
                .contains("invalid");

        robot.interact(() -> {
            field(dialog, "#exportFileField").setText(out.resolve("loss.png").toString());
            field(dialog, "#exportWidthField").setText("wide");
        });
        robot.clickOn(okButton(dialog));
        assertThat(robot.lookup(".dialog-pane").queryAll()).as("still open").isNotEmpty();
        assertThat(field(dialog, "#exportWidthField").getText())
                .as("nothing typed is lost")
                .isEqualTo("wide");
        robot.clickOn(robot.from(dialog)
                .lookup(".button")
                .match(b -> "Cancel".equals(((javafx.scene.control.Button) b).getText()))
                .queryButton());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup(".dialog-pane").queryAll().isEmpty());
    }

    private javafx.scene.control.Button okButton(DialogPane dialog) {
        return robot.from(dialog)
                .lookup(".button")
                .match(b -> "OK".equals(((javafx.scene.control.Button) b).getText()))
                .queryButton();
    }

    /** Ctrl+E, the first chart, 8.5 × 6 cm at 300 dpi, the file {@code name} in {@link #out}, OK; waits for it. */
    private Path export(String name) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !robot.lookup(".dialog-pane").queryAll().isEmpty());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        ChoiceBox<Object> unit = robot.from(dialog)
                .lookup(".choice-box")
                .match(node -> ((ChoiceBox<?>) node)
                        .getItems().stream().anyMatch(i -> i.toString().equals("cm")))
                .queryAs(ChoiceBox.class);
        ChoiceBox<Object> dpi = robot.from(dialog)
                .lookup(".choice-box")
                .match(node -> ((ChoiceBox<?>) node).getItems().contains(300))
                .queryAs(ChoiceBox.class);
        robot.interact(() -> {
            unit.getItems().stream()
                    .filter(i -> i.toString().equals("cm"))
                    .findFirst()
                    .ifPresent(unit::setValue);
            dpi.setValue(300);
            field(dialog, "#exportWidthField").setText(Double.toString(WIDTH_CM));
            field(dialog, "#exportHeightField").setText(Double.toString(HEIGHT_CM));
            field(dialog, "#exportFileField").setText(out.resolve(name).toString());
        });
        robot.clickOn(okButton(dialog));
        Path file = out.resolve(name);
        // the status names the file once it is written whole
        await(
                "the export of " + name,
                20,
                () -> text("#statusMessage").startsWith("Exported")
                        && text("#statusMessage").endsWith(file.toString()));
        return file;
    }

    private TextField field(DialogPane dialog, String id) {
        return robot.from(dialog).lookup(id).queryAs(TextField.class);
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
