package io.phasescope.tests.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.data.DatasetException;
import io.phasescope.model.data.IdxReader;
import io.phasescope.model.data.JsonImageReader;
import io.phasescope.model.sweep.PointsCsv;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounded, seeded fuzzing of the readers of untrusted files, from the seed corpus in
 * {@code src/test/resources/fuzz}: every mutated input either loads or is refused with the project's own
 * exception, never another exception, an error or an allocation blow-up. The counts are logged (and recorded
 * in docs/reliability.md).
 */
class ReaderFuzzTest {

    private static final Logger LOG = LoggerFactory.getLogger(ReaderFuzzTest.class);
    private static final int INPUTS = 4000;

    @TempDir
    Path dir;

    @Test
    void idxImagesAndLabels() throws Exception {
        Path images = dir.resolve("images.idx");
        Path labels = dir.resolve("labels.idx");
        byte[] validLabels = corpus("labels.idx");
        Files.write(labels, validLabels);
        MutationFuzzer.Report report =
                MutationFuzzer.run(List.of(corpus("images.idx")), INPUTS, 1, List.of(DatasetException.class), input -> {
                    Files.write(images, input);
                    IdxReader.readLabelled(images, labels, IdxReader.DIGIT_CLASSES);
                });
        MutationFuzzer.Report labelReport =
                MutationFuzzer.run(List.of(validLabels), INPUTS, 2, List.of(DatasetException.class), input -> {
                    Files.write(labels, input);
                    IdxReader.readLabels(labels, IdxReader.DIGIT_CLASSES);
                });
        check("IDX images", report);
        check("IDX labels", labelReport);
    }

    @Test
    void fashionJsonImages() throws Exception {
        Path file = dir.resolve("class.json");
        check(
                "Fashion-MNIST JSON",
                MutationFuzzer.run(List.of(corpus("class.json")), INPUTS, 3, List.of(DatasetException.class), input -> {
                    Files.write(file, input);
                    JsonImageReader.readImages(file, 2, 2);
                }));
    }

    @Test
    void pointsCsvAndSweepManifest() throws Exception {
        Path csv = dir.resolve("points.csv");
        byte[] points = corpus("points.csv");
        assertThat(new String(points, StandardCharsets.UTF_8)).startsWith(PointsCsv.header(2));
        check(
                "points.csv",
                MutationFuzzer.run(
                        List.of(points), INPUTS, 4, List.of(SweepFormatException.class, IOException.class), input -> {
                            Files.write(csv, input);
                            PointsCsv.read(csv, new double[] {0, 0.1}, 2, 50);
                        }));
        Path folder = dir.resolve("sweep");
        Files.createDirectories(folder);
        byte[] manifest = corpus("sweep.json");
        check(
                "sweep.json",
                MutationFuzzer.run(
                        List.of(manifest), INPUTS, 5, List.of(SweepFormatException.class, IOException.class), input -> {
                            Files.write(folder.resolve(SweepFolder.MANIFEST), input);
                            SweepFolder.open(folder);
                        }));
    }

    private static void check(String target, MutationFuzzer.Report report) {
        LOG.info(
                "Fuzzed {}: {} inputs, {} loaded, {} refused with the project's exception, {} findings",
                target,
                report.inputs(),
                report.accepted(),
                report.refused(),
                report.findings().size());
        assertThat(report.findings())
                .as(target + ": inputs that failed otherwise")
                .isEmpty();
        assertThat(report.accepted()).as(target + ": the seeds load").isPositive();
    }

    /** A seed of the corpus in {@code src/test/resources/fuzz}. */
    private static byte[] corpus(String name) throws Exception {
        return Files.readAllBytes(
                Path.of(ReaderFuzzTest.class.getResource("/fuzz/" + name).toURI()));
    }
}
