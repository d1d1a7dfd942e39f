package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.study.TinyStudy;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code phasescope screenshot} in a child JVM without a display: the demo's Phase diagram in presenter mode with the
 * lesson open, rendered headless, is a PNG of the size asked for with a real picture in it (many colours, not one
 * flat fill); a study's window ({@code --study}) renders at the size asked for too; a bad size is a usage error.
 */
class ScreenshotCommandTest {

    @TempDir
    Path dir;

    @Test
    void rendersTheDemoHeadlessToAPngOfTheAskedSize() throws Exception {
        Path png = dir.resolve("phase.png");
        Path log = dir.resolve("screenshot.log");
        Process process = ChildProcess.startHeadless(
                log,
                "--sweeps",
                dir.resolve("sweeps").toString(),
                "screenshot",
                "--workspace",
                "demo",
                "--tab",
                "phase",
                "--lesson-step",
                "3",
                "--presenter",
                "--size",
                "1024x700",
                "--out",
                png.toString());
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1024);
        assertThat(image.getHeight()).isEqualTo(700);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).as("distinct colours").hasSizeGreaterThan(50);
    }

    @Test
    void rendersAStudysWindowOfTheAskedSize() throws Exception {
        Path study = Files.createDirectories(dir.resolve("study"));
        TinyStudy.run(study, TinyStudy.SEEDS, 2);
        Path png = dir.resolve("study.png");
        Path log = dir.resolve("study.log");
        Process process = ChildProcess.startHeadless(
                log,
                "--sweeps",
                dir.resolve("sweeps").toString(),
                "screenshot",
                "--study",
                study.toString(),
                "--size",
                "900x600",
                "--out",
                png.toString());
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(600);
        assertThat(Files.readString(log)).contains("Wrote " + png + " (900×600 px)");
    }

    @Test
    void aBadSizeIsAUsageError() {
        CliRunner cli = new CliRunner();
        assertThat(cli.run(
                        "screenshot",
                        "--size",
                        "100x100",
                        "--out",
                        dir.resolve("x.png").toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("--size width must be in [640, 7680], was 100");
    }
}
