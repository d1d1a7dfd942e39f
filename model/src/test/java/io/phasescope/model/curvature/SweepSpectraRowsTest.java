package io.phasescope.model.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.model.sweep.PointsCsv;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepFormatException;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.SweepPresets;
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
 * Every row of a sweep's spectra.csv is checked against the sweep (issue #14, item 5): a spectrum of one of its
 * points, not twice, eigenvalues finite, weight_decay = 2λ.
 */
class SweepSpectraRowsTest {

    @TempDir
    Path dir;

    private static PointSpectrum spectrum(long seed, double lambda, double top) {
        return new PointSpectrum(
                Branch.UP, seed, lambda, new double[] {top}, new double[] {-0.1}, 1.5, 0.1, 30, true, 100, 0.5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            good          | 1 | 0.05 | 2.0      |
            unknown seed  | 7 | 0.05 | 2.0      | is not a point of the sweep
            off the grid  | 1 | 0.07 | 2.0      | is not a point of the sweep
            NaN eigenvalue| 1 | 0.05 | NaN      | eigenvalues must be finite
            repeated      | 1 | 0.05 | 2.0      | repeats the spectrum of line 2
            """)
    void aBadRowIsRefusedNamingItsLine(String name, long seed, double lambda, double top, String message)
            throws IOException {
        SweepFolder folder = SweepFolder.openOrCreate(
                dir, SweepPresets.parse("classroom").spec(null).withGrid(SweepGrid.linear(0, 0.1, 0.05)));
        PointsCsv.append(
                dir.resolve(SweepFolder.POINTS),
                new SweepPoint(
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
                        3,
                        1.0,
                        new double[] {0.7, 0.8, 0.9, 0.7, 0.8, 0.9, 0.7, 0.8, 0.9, 0.7},
                        StopReason.CONVERGED));
        Path file = dir.resolve(SweepFolder.SPECTRA);
        SpectraCsv.create(file);
        SpectraCsv.append(file, spectrum(1, 0.05, 2.0));
        if (!name.equals("good")) {
            Files.writeString(
                    file,
                    SpectraCsv.format(spectrum(seed, lambda, top)) + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        }

        if (message == null) {
            assertThat(SweepSpectra.read(folder)).hasSize(1);
        } else {
            assertThatThrownBy(() -> SweepSpectra.read(folder))
                    .isInstanceOf(SweepFormatException.class)
                    .hasMessageContaining(file + ": line 3: ")
                    .hasMessageContaining(message);
        }
    }
}
