package io.phasescope.model.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.sweep.AppendOnlyCsv;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.train.Precision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MagnitudeSpectraCsvTest {

    @TempDir
    Path folder;

    private static MagnitudeSpectrum row(double lambda, OptionalLong subsetSeed) {
        PointSpectrum extremes = new PointSpectrum(
                Branch.UP,
                1,
                lambda,
                new double[] {4.5, 3.25},
                new double[] {-0.0625, -0.03125, 0.001},
                Double.NaN,
                Double.NaN,
                215,
                true,
                60_000,
                812.25);
        return new MagnitudeSpectrum(extremes, new double[] {4.5, 3.25, -1.5}, subsetSeed, Precision.DOUBLE);
    }

    @Test
    void writesTheDocumentedColumnsAndReadsThemBack() throws IOException {
        Path file = folder.resolve("spectra-full.csv");
        AppendOnlyCsv.create(file, MagnitudeSpectraCsv.HEADER);
        AppendOnlyCsv.append(file, MagnitudeSpectraCsv.format(row(0.0183, OptionalLong.empty())));
        AppendOnlyCsv.append(file, MagnitudeSpectraCsv.format(row(0.0292, OptionalLong.of(3))));

        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0))
                .isEqualTo("branch,seed,lambda,weight_decay,largest_magnitude_E,bottom_E,top_E,eig_min_E,eig_max_E,"
                        + "eig_min_L,index_L,iterations,converged,images,subset_seed,precision,seconds");
        assertThat(lines.get(1))
                .isEqualTo("up,1,0.0183,0.0366,4.5;3.25;-1.5,-0.0625;-0.03125;0.001,4.5;3.25,-0.0625,4.5,"
                        + "-0.0259,1,215,true,60000,,double,812.250");
        assertThat(lines.get(2)).contains(",60000,3,double,");

        List<MagnitudeSpectrum> read = MagnitudeSpectraCsv.read(file);
        assertThat(read).hasSize(2);
        assertThat(read.get(0).key())
                .isEqualTo(row(0.0183, OptionalLong.empty()).key());
        assertThat(read.get(1).subsetSeed()).hasValue(3);
        assertThat(read.get(1).largestMagnitude()).containsExactly(4.5, 3.25, -1.5);
        assertThat(read.get(1).extremes().index())
                .as("of −0.0625, −0.03125 and 0.001 only the first lies below −2λ = −0.0584")
                .isEqualTo(1);
        assertThat(read.get(1).extremes().seconds()).isCloseTo(812.25, within(1e-9));
    }

    @Test
    void aTornLastRowIsDroppedSoARerunComputesItAgain() throws IOException {
        Path file = folder.resolve("spectra-full.csv");
        AppendOnlyCsv.create(file, MagnitudeSpectraCsv.HEADER);
        AppendOnlyCsv.append(file, MagnitudeSpectraCsv.format(row(0.0183, OptionalLong.empty())));
        String torn = MagnitudeSpectraCsv.format(row(0.0292, OptionalLong.empty()));
        Files.writeString(
                file, torn.substring(0, torn.length() / 2), StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertThat(MagnitudeSpectraCsv.read(file)).hasSize(1);
        assertThat(Files.readAllLines(file)).hasSize(2);
    }
}
