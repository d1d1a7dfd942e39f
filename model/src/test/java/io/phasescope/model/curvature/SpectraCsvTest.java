package io.phasescope.model.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.model.sweep.SweepFormatException;
import io.phasescope.model.sweep.SweepMode.Branch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpectraCsvTest {

    @TempDir
    Path folder;

    private static final PointSpectrum SADDLE = new PointSpectrum(
            Branch.DOWN,
            3,
            0.0125,
            new double[] {4.5, 2.25},
            new double[] {-0.5, -0.01, 0.125},
            17.5,
            0.75,
            40,
            true,
            10_000,
            2.5);

    @Test
    void rowsRoundTripWithDerivedColumnsForEAndL() throws IOException {
        Path file = folder.resolve("spectra.csv");
        SpectraCsv.create(file);
        SpectraCsv.append(file, SADDLE);
        PointSpectrum noTrace = new PointSpectrum(
                Branch.UP, 1, 0, new double[] {1}, new double[0], Double.NaN, Double.NaN, 7, false, 300, 0.125);
        SpectraCsv.append(file, noTrace);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0))
                .isEqualTo("branch,seed,lambda,weight_decay,eig_max_E,eig_min_E,eig_max_L,eig_min_L,"
                        + "index_L,trace_E,trace_E_se,top_E,bottom_E,iterations,converged,images,seconds");
        assertThat(lines.get(1))
                .isEqualTo("down,3,0.0125,0.025,4.5,-0.5,4.525,-0.475,1,17.5,0.75,4.5;2.25,"
                        + "-0.5;-0.01;0.125,40,true,10000,2.500");
        List<PointSpectrum> read = SpectraCsv.read(file);
        assertThat(read).hasSize(2);
        assertThat(read.get(0).bottom()).containsExactly(SADDLE.bottom());
        assertThat(read.get(0).top()).containsExactly(SADDLE.top());
        assertThat(read.get(0).index()).isEqualTo(1);
        assertThat(read.get(1).bottom()).isEmpty();
        assertThat(read.get(1).trace()).isNaN();
        assertThat(read.get(1).converged()).isFalse();
    }

    @Test
    void aTornLastLineIsDroppedAndMalformedCellsNameTheLine() throws IOException {
        Path file = folder.resolve("spectra.csv");
        SpectraCsv.create(file);
        SpectraCsv.append(file, SADDLE);
        Files.writeString(file, "up,1,0.01,0.02,1.0", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertThat(SpectraCsv.read(file)).hasSize(1);

        Files.writeString(
                file,
                SpectraCsv.format(SADDLE).replace("true", "yes") + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        assertThatThrownBy(() -> SpectraCsv.read(file))
                .isInstanceOf(SweepFormatException.class)
                .hasMessageContaining("spectra.csv: line 3: converged must be true or false, was 'yes'");
    }
}
