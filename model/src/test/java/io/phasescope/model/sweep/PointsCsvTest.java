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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PointsCsvTest {

    @TempDir
    Path folder;

    private final double[] grid = SweepGrid.linear(0, 0.01, 0.001).values();

    static SweepPoint point(Branch branch, int index, double lambda) {
        double[] perClass = {1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1};
        return new SweepPoint(
                branch, 7, index, lambda, 0.25, 0.3, 0.35, 0.9, 12.5, 12.5, 9, 1.25, perClass, StopReason.CONVERGED);
    }

    /** A point's CSV row without its wall time, which legitimately differs between runs. */
    static String withoutSeconds(SweepPoint p) {
        String[] cells = PointsCsv.format(p).split(",");
        cells[11] = "";
        return String.join(",", cells);
    }

    @Test
    void headerIsExactlyTheDocumentedOne() {
        assertThat(PointsCsv.header(10))
                .isEqualTo(
                        "branch,seed,lambda,weight_decay,train_loss,reg_loss,test_loss,"
                                + "test_accuracy,norm,dist_ref,epochs,seconds,acc_0,acc_1,acc_2,acc_3,acc_4,acc_5,acc_6,acc_7,acc_8,acc_9,stop_reason");
    }

    @Test
    void rowsRoundTripWithTheirGridIndex() throws IOException {
        Path file = folder.resolve("points.csv");
        PointsCsv.create(file, 10);
        PointsCsv.append(file, point(Branch.UP, 3, grid[3]));
        PointsCsv.append(file, point(Branch.DOWN, 9, grid[9]));

        List<SweepPoint> points = PointsCsv.read(file, grid, 10, 50);

        assertThat(points).hasSize(2);
        assertThat(points.get(0).index()).isEqualTo(3);
        assertThat(points.get(1).branch()).isEqualTo(Branch.DOWN);
        assertThat(points.get(1).lambda()).isEqualTo(grid[9]);
        assertThat(points.get(1).perClassAccuracy())
                .containsExactly(point(Branch.DOWN, 9, grid[9]).perClassAccuracy());
        assertThat(Files.readAllLines(file).get(1))
                .startsWith("up,7,0.003,0.006,0.25,0.3,0.35,0.9,12.5,12.5,9,1.250,1.0,0.9");
    }

    @Test
    void aTornLastLineIsDroppedAndRepaired() throws IOException {
        Path file = folder.resolve("points.csv");
        PointsCsv.create(file, 10);
        PointsCsv.append(file, point(Branch.UP, 1, grid[1]));
        Files.writeString(file, "up,7,0.002,0.004,0.2", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertThat(PointsCsv.read(file, grid, 10, 50)).hasSize(1);
        assertThat(Files.readString(file)).endsWith("\n").doesNotContain("0.002,0.004,0.2\n");
        PointsCsv.append(file, point(Branch.UP, 2, grid[2]));
        assertThat(PointsCsv.read(file, grid, 10, 50))
                .extracting(SweepPoint::index)
                .containsExactly(1, 2);
    }

    @Test
    void malformedRowsNameFileAndLine() throws IOException {
        Path file = folder.resolve("points.csv");
        PointsCsv.create(file, 10);
        Files.writeString(file, "up,7,zero\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertThatThrownBy(() -> PointsCsv.read(file, grid, 10, 50))
                .isInstanceOf(SweepFormatException.class)
                .hasMessageContaining("points.csv: line 2 has 3 columns, expected 23");
    }
}
