package io.phasescope.tests.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.data.DatasetException;
import io.phasescope.model.data.IdxReader;
import io.phasescope.model.data.JsonImageReader;
import io.phasescope.model.sweep.PointsCsv;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepFormatException;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
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
 * Bounded, seeded fuzzing of the readers of untrusted files: every mutated input either loads or is refused
 * with the project's own exception, never another exception, an error or an allocation blow-up. The counts
 * are logged (and recorded in docs/reliability.md).
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
        byte[] validLabels = idx(IdxReader.LABELS_MAGIC, new int[] {3}, new byte[] {1, 7, 9});
        Files.write(labels, validLabels);
        MutationFuzzer.Report report = MutationFuzzer.run(List.of(idx(IdxReader.IMAGES_MAGIC, new int[] {3, 2, 2},
                new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, (byte) 255})), INPUTS, 1, List.of(DatasetException.class),
                input -> {
                    Files.write(images, input);
                    IdxReader.readLabelled(images, labels, IdxReader.DIGIT_CLASSES);
                });
        MutationFuzzer.Report labelReport = MutationFuzzer.run(List.of(validLabels), INPUTS, 2,
                List.of(DatasetException.class), input -> {
                    Files.write(labels, input);
                    IdxReader.readLabels(labels, IdxReader.DIGIT_CLASSES);
                });
        check("IDX images", report);
        check("IDX labels", labelReport);
    }

    @Test
    void fashionJsonImages() throws Exception {
        Path file = dir.resolve("class.json");
        byte[] seed = "{\"data\": [[0, 1, 2, 255], [4, 5, 6, 7]]}".getBytes(StandardCharsets.UTF_8);
        check("Fashion-MNIST JSON", MutationFuzzer.run(List.of(seed), INPUTS, 3, List.of(DatasetException.class),
                input -> {
                    Files.write(file, input);
                    JsonImageReader.readImages(file, 2, 2);
                }));
    }

    @Test
    void pointsCsvAndSweepManifest() throws Exception {
        Path csv = dir.resolve("points.csv");
        String header = PointsCsv.header(2);
        byte[] points = (header + "\nup,1,0.0,0.0,0.5,0.5,0.6,0.9,3.5,3.5,4,1.25,0.9,0.8\n"
                + "up,1,0.1,0.2,0.6,0.7,0.7,0.8,2.5,2.5,5,1.5,0.85,0.7\n").getBytes(StandardCharsets.UTF_8);
        check("points.csv", MutationFuzzer.run(List.of(points), INPUTS, 4, List.of(SweepFormatException.class,
                IOException.class), input -> {
                    Files.write(csv, input);
                    PointsCsv.read(csv, new double[] {0, 0.1}, 2);
                }));
        Path folder = dir.resolve("sweep");
        Files.createDirectories(folder);
        byte[] manifest = Files.readAllBytes(Path.of(ReaderFuzzTest.class.getResource("/fuzz/sweep.json").toURI()));
        check("sweep.json", MutationFuzzer.run(List.of(manifest), INPUTS, 5, List.of(SweepFormatException.class,
                IOException.class), input -> {
                    Files.write(folder.resolve(SweepFolder.MANIFEST), input);
                    SweepFolder.open(folder);
                }));
    }

    private static void check(String target, MutationFuzzer.Report report) {
        LOG.info("Fuzzed {}: {} inputs, {} loaded, {} refused with the project's exception, {} findings", target,
                report.inputs(), report.accepted(), report.refused(), report.findings().size());
        assertThat(report.findings()).as(target + ": inputs that failed otherwise").isEmpty();
        assertThat(report.accepted()).as(target + ": the seeds load").isPositive();
    }

    /** An IDX file: magic, dimensions, data. */
    private static byte[] idx(int magic, int[] dimensions, byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        for (int d : dimensions) {
            out.writeInt(d);
        }
        out.write(data);
        out.flush();
        return bytes.toByteArray();
    }
}
