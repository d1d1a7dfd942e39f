package io.phasescope.model.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LandscapeCsvTest {

    @TempDir
    Path dir;

    @Test
    void aSliceRoundTripsThroughItsCsv() throws Exception {
        SliceGrid grid = new SliceGrid(
                new double[] {-1, 0, 1},
                new double[] {-0.5, 0.5},
                new double[][] {{1, 2, 3}, {4, 5, Double.NaN}},
                6,
                6);

        SliceCsv.write(dir.resolve("slice.csv"), grid);
        SliceGrid read = SliceCsv.read(dir.resolve("slice.csv"));

        assertThat(read.a()).containsExactly(-1, 0, 1);
        assertThat(read.b()).containsExactly(-0.5, 0.5);
        assertThat(read.values()[0]).containsExactly(1, 2, 3);
        assertThat(read.values()[1][1]).isEqualTo(5);
        assertThat(read.values()[1][2]).isNaN();
    }

    @Test
    void aPathRoundTripsThroughItsCsvAndBadFilesSayWhy() throws Exception {
        PathProfile profile = new PathProfile(
                "linear",
                new double[] {0, 1},
                new double[] {0.1, 0.2},
                new double[] {0.3, 0.4},
                new double[] {Double.NaN, 0.05},
                new double[] {0.06, 0.07},
                new double[][] {{0.9, 0.8}, {0.7, 0.6}},
                new double[] {2, 0});

        PathCsv.write(dir.resolve("path.csv"), profile);
        PathProfile read = PathCsv.read(dir.resolve("path.csv"), "again");

        assertThat(Files.readAllLines(dir.resolve("path.csv")).get(0))
                .isEqualTo("t,train_loss,test_loss,train_error,test_error,dist_b,acc_0,acc_1");
        assertThat(read.kind()).isEqualTo("again");
        assertThat(read.testLoss()).containsExactly(0.3, 0.4);
        assertThat(read.trainError()[0]).isNaN();
        assertThat(read.perClassAccuracy()[1]).containsExactly(0.7, 0.6);
        assertThat(read.distanceToB()).containsExactly(2, 0);
        Files.writeString(dir.resolve("bad.csv"), "t,x\n1,2\n");
        assertThatThrownBy(() -> PathCsv.read(dir.resolve("bad.csv"), "x")).hasMessageContaining("not a path.csv");
        Files.writeString(dir.resolve("short.csv"), "a,b,value\n0,0,1\n1,0,2\n0,1,3\n");
        assertThatThrownBy(() -> SliceCsv.read(dir.resolve("short.csv"))).hasMessageContaining("do not fill");
    }
}
