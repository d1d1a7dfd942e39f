package io.phasescope.model.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.train.StopReason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PointDetailsCsvTest {

    @TempDir
    Path folder;

    private static PointDetails details(double lambda, int shift) {
        int[][] confusion = {{5 + shift, 1, 0}, {0, 4, 2}, {1, 1, 6 - shift}};
        return new PointDetails(
                new PointKey(Branch.UP, 3, lambda), confusion, new int[] {0, 2, 1}, new float[] {0.9f, 0.5f, 0.75f});
    }

    @Test
    void detailsRoundTripWithTheDocumentedHeaders() throws IOException {
        PointDetailsCsv.append(folder, details(0.01, 0));
        PointDetailsCsv.append(folder, details(0.02, 1));

        Map<PointKey, PointDetails> read = PointDetailsCsv.read(folder, 3);

        assertThat(read).hasSize(2);
        PointDetails second = read.get(new PointKey(Branch.UP, 3, 0.02));
        assertThat(second.confusion()).isDeepEqualTo(details(0.02, 1).confusion());
        assertThat(second.samplePredicted()).containsExactly(0, 2, 1);
        assertThat(second.sampleConfidence()).containsExactly(0.9f, 0.5f, 0.75f);
        List<String> confusion = Files.readAllLines(folder.resolve(PointDetailsCsv.CONFUSION));
        assertThat(confusion.get(0)).isEqualTo("branch,seed,lambda,true_class,predicted_class,count");
        assertThat(confusion).hasSize(1 + 2 * 9);
        assertThat(Files.readAllLines(folder.resolve(PointDetailsCsv.SAMPLES)).get(0))
                .isEqualTo("branch,seed,lambda,test_index,predicted_class,confidence");
    }

    @Test
    void aBlockTornByACrashIsDroppedAndRetainRemovesBlocksWithoutTheirPoint() throws IOException {
        PointDetailsCsv.append(folder, details(0.01, 0));
        PointDetailsCsv.append(folder, details(0.02, 0));
        Path confusion = folder.resolve(PointDetailsCsv.CONFUSION);
        String whole = Files.readString(confusion);
        // a crash in the middle of the third block's write
        Files.writeString(confusion, "up,3,0.03,0,0,5\nup,3,0.03,0,1,", StandardOpenOption.APPEND);

        assertThat(PointDetailsCsv.read(folder, 3)).containsOnlyKeys(key(0.01), key(0.02));

        // points.csv holds only the first point: the second's details were written, its row was not
        PointDetailsCsv.retain(folder, 3, Set.of(key(0.01)));
        assertThat(PointDetailsCsv.read(folder, 3)).containsOnlyKeys(key(0.01));
        PointDetailsCsv.append(folder, details(0.02, 0));
        assertThat(Files.readString(confusion)).isEqualTo(whole);
    }

    @Test
    void aRepeatedBlockCountsOnceAndRetainKeepsTheLast() throws IOException {
        PointDetailsCsv.append(folder, details(0.01, 0));
        PointDetailsCsv.append(folder, details(0.01, 2));

        assertThat(PointDetailsCsv.read(folder, 3).get(key(0.01)).confusion()[0][0])
                .isEqualTo(7);
        PointDetailsCsv.retain(folder, 3, Set.of(key(0.01)));
        assertThat(Files.readAllLines(folder.resolve(PointDetailsCsv.CONFUSION)))
                .hasSize(1 + 9);
    }

    @Test
    void aCellOutOfPlaceIsAFormatErrorNamingTheFile() throws IOException {
        PointDetailsCsv.create(folder);
        StringBuilder block = new StringBuilder();
        for (int k = 0; k < 9; k++) {
            block.append("up,3,0.01,").append(k % 3).append(',').append(k / 3).append(",1\n");
        }
        Files.writeString(
                folder.resolve(PointDetailsCsv.CONFUSION),
                block.toString(),
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        assertThatThrownBy(() -> PointDetailsCsv.read(folder, 3))
                .isInstanceOf(SweepFormatException.class)
                .hasMessageContaining(PointDetailsCsv.CONFUSION);
    }

    @Test
    void pointsWrittenBeforeStopReasonsReadTheirReasonFromTheEpochCount() throws IOException {
        Path file = folder.resolve("points.csv");
        String legacy = PointsCsv.header(2).replace(",stop_reason", "");
        Files.writeString(
                file,
                legacy + "\nup,1,0.0,0.0,0.1,0.1,0.2,0.9,10.0,10.0,50,1.0,0.9,0.9\n"
                        + "up,1,0.01,0.02,0.1,0.1,0.2,0.9,10.0,10.0,12,1.0,0.9,0.9\n");

        List<SweepPoint> points = PointsCsv.read(file, new double[] {0, 0.01}, 2, 50);

        assertThat(points)
                .extracting(SweepPoint::stopReason)
                .containsExactly(StopReason.EPOCH_LIMIT, StopReason.CONVERGED);

        // a resumed sweep appends rows in the current format: the old file is upgraded first
        PointsCsv.upgrade(file, new double[] {0, 0.01}, 2, 50);
        assertThat(Files.readAllLines(file).get(0)).isEqualTo(PointsCsv.header(2));
        assertThat(PointsCsv.read(file, new double[] {0, 0.01}, 2, 50))
                .extracting(PointsCsv::format)
                .containsExactlyElementsOf(
                        points.stream().map(PointsCsv::format).toList());
    }

    private static PointKey key(double lambda) {
        return new PointKey(Branch.UP, 3, lambda);
    }
}
