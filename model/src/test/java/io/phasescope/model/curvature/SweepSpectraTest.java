package io.phasescope.model.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.PatternsCnnSpec;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.train.CancelledException;
import io.phasescope.model.train.HessianVectorProduct;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.TrainingOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spectra along a six-point sweep of a 16-8-3 sigmoid MLP on the synthetic patterns (163 parameters). */
class SweepSpectraTest {

    @TempDir
    Path root;

    private final DataRequest request = CurvatureFixtures.PATTERNS;
    private final DatasetSplit data = request.load(m -> {});
    private final NetworkSpec network = CurvatureFixtures.PATTERNS_MLP;
    private final SpectraSettings settings = new SpectraSettings(3, 3, 1e-6, 163, 20, 5);

    private SweepFolder sweep() throws IOException {
        return CurvatureFixtures.patternsSweep(root.resolve("sweep"), data);
    }

    @Test
    void writesOneRowPerKeptPointResumesWithoutDuplicatesAndMatchesLanczos() throws IOException {
        SweepFolder folder = sweep();
        JobControl control = new JobControl();
        assertThatThrownBy(() -> SweepSpectra.run(folder, data.train(), settings, s -> control.cancel(), control))
                .isInstanceOf(CancelledException.class);
        Path file = folder.root().resolve(SweepFolder.SPECTRA);
        assertThat(SpectraCsv.read(file)).hasSize(1);

        List<PointSpectrum> resumed = new ArrayList<>();
        List<PointSpectrum> rows = SweepSpectra.run(
                SweepFolder.open(folder.root()), data.train(), settings, resumed::add, JobControl.none());

        assertThat(rows)
                .extracting(PointSpectrum::lambda)
                .as("params kept at indices 0, 2, 4 (stride) and 5 (end)")
                .containsExactly(0.0, 0.02, 0.04, 0.05);
        assertThat(resumed).hasSize(3);
        assertThat(SweepSpectra.run(folder, data.train(), settings, s -> {}, JobControl.none()))
                .hasSize(4);
        assertThat(SpectraCsv.read(file)).hasSize(4);

        SweepPoint point = folder.points().get(2);
        float[] theta = folder.parameters(Branch.UP, 1, 2).orElseThrow();
        try (HessianVectorProduct product = new HessianVectorProduct(network, data.train())) {
            Spectrum direct = Lanczos.extremes(
                    new HessianOperator(product, theta, point.lambda()), 3, 3, 1e-6, 163, 5, JobControl.none());
            PointSpectrum row = rows.get(1);
            assertThat(row.lambda()).isEqualTo(point.lambda());
            assertThat(row.minL()).isCloseTo(direct.min(), within(1e-12));
            assertThat(row.maxL()).isCloseTo(direct.max(), within(1e-12));
            for (int i = 0; i < 3; i++) {
                assertThat(row.bottom()[i]).isCloseTo(direct.bottom()[i] - 2 * point.lambda(), within(1e-12));
                assertThat(row.top()[i]).isCloseTo(direct.top()[i] - 2 * point.lambda(), within(1e-12));
            }
            assertThat(row.converged()).isEqualTo(direct.converged());
            double exactTrace = DenseSymmetricOperator.materialize(new HessianOperator(product, theta, 0))
                    .trace();
            assertThat(row.trace()).isCloseTo(exactTrace, within(4 * row.traceError()));
        }
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.images()).isEqualTo(300);
            assertThat(r.index()).isEqualTo((int) Arrays.stream(r.bottom())
                    .filter(v -> v + 2 * r.lambda() < 0)
                    .count());
        });
    }

    @Test
    void refusesASweepWithoutHessianVectorProducts() throws IOException {
        SweepSpec cnn = new SweepSpec(
                "cnn",
                request,
                PatternsCnnSpec.patterns(1),
                TrainingOptions.defaults(),
                SweepGrid.linear(0, 0.02, 0.01),
                SweepMode.UP,
                List.of(1L),
                1);
        SweepFolder folder = SweepFolder.openOrCreate(root.resolve("cnn"), cnn);
        assertThatThrownBy(() -> SweepSpectra.run(folder, data.train(), settings, s -> {}, JobControl.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("need an MLP sweep");
    }
}
