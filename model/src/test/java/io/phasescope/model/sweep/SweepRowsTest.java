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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every row of points.csv is checked against the sweep's manifest (issue #14, item 5): finite values in range,
 * λ on the grid, a seed and branch of the sweep, no point twice. A bad row is refused naming the file, the line
 * and the value.
 */
class SweepRowsTest {

    @TempDir
    Path dir;

    private static final SweepPoint GOOD = new SweepPoint(
            Branch.UP,
            1,
            1,
            0.05,
            0.5,
            0.55,
            0.6,
            0.8,
            10,
            10,
            2,
            1.0,
            new double[] {0.7, 0.8, 0.9},
            StopReason.CONVERGED);

    @ParameterizedTest(name = "column {0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            4  | NaN      | train_loss NaN
            8  | Infinity | norm Infinity
            2  | 0.0123   | lambda 0.0123 is not on the sweep's grid
            1  | 7        | seed 7 is not among the sweep's seeds [1]
            0  | down     | branch down is not among the sweep's branches
            7  | -3.5     | test_accuracy -3.5 outside [0, 1]
            13 | 1.5      | acc_1 1.5 outside [0, 1]
            4  | -1       | train_loss -1.0 outside [0, ∞)
            10 | 0        | epochs 0 outside [1, 2]
            3  | 0.5      | weight_decay 0.5 is not 2λ
            -1 | same     | repeats the point of line 2
            """)
    void aBadRowIsRefusedNamingItsLineAndValue(int column, String value, String message) throws IOException {
        SweepFolder folder = SweepFolder.openOrCreate(
                dir,
                SweepPresets.PATTERNS
                        .spec(null)
                        .withGrid(SweepGrid.linear(0, 0.1, 0.05))
                        .withOptions(SweepPresets.PATTERNS.spec(null).options().withEpochs(2, 1)));
        PointsCsv.append(dir.resolve(SweepFolder.POINTS), GOOD);
        assertThat(folder.points()).hasSize(1);
        String[] cells = PointsCsv.format(GOOD).split(",");
        if (column >= 0) {
            cells[column] = value;
        }
        if (column == 2) {
            cells[3] = Double.toString(2 * Double.parseDouble(value));
        }
        Files.writeString(
                dir.resolve(SweepFolder.POINTS),
                String.join(",", cells) + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        assertThatThrownBy(folder::points)
                .isInstanceOf(SweepFormatException.class)
                .hasMessageContaining(dir.resolve(SweepFolder.POINTS) + ": line 3: ")
                .hasMessageContaining(message);
    }
}
