package io.phasescope.model.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.landscape.LinearPath;
import io.phasescope.model.sweep.AppendOnlyCsv;
import io.phasescope.model.train.CancelledException;
import io.phasescope.model.train.HessianVectorProduct;
import io.phasescope.model.train.JobControl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spectra along a linear path between two random θ of the tiny 5-4-3 tanh network (39 parameters). */
class PathSpectraTest {

    @TempDir
    Path root;

    private final float[] a = CurvatureFixtures.tinyTheta();
    private final float[] b = negated(a);
    private final DoubleFunction<float[]> line = t -> LinearPath.at(a, b, t);
    private final double[] t = {0, 0.25, 0.5, 0.75, 1};
    private final SpectraSettings settings = new SpectraSettings(2, 2, 1e-8, 39, 10, 3);

    private static float[] negated(float[] theta) {
        float[] out = new float[theta.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = -0.5f * theta[i];
        }
        return out;
    }

    @Test
    void writesOneRowPerTResumesAfterCancelAndMatchesTheDenseHessian() throws IOException {
        Path file = root.resolve(PathSpectraCsv.FILE);
        JobControl control = new JobControl();
        assertThatThrownBy(() -> PathSpectra.run(
                        file,
                        CurvatureFixtures.TINY,
                        line,
                        t,
                        CurvatureFixtures.tinyData(),
                        settings,
                        s -> control.cancel(),
                        control))
                .isInstanceOf(CancelledException.class);
        assertThat(PathSpectraCsv.read(file)).extracting(PathSpectrum::t).containsExactly(0.0);

        List<PathSpectrum> resumed = new ArrayList<>();
        List<PathSpectrum> rows = PathSpectra.run(
                file,
                CurvatureFixtures.TINY,
                line,
                t,
                CurvatureFixtures.tinyData(),
                settings,
                resumed::add,
                JobControl.none());

        assertThat(resumed).extracting(PathSpectrum::t).containsExactly(0.25, 0.5, 0.75, 1.0);
        assertThat(rows).extracting(PathSpectrum::t).containsExactly(0.0, 0.25, 0.5, 0.75, 1.0);
        assertThat(PathSpectra.run(
                        file,
                        CurvatureFixtures.TINY,
                        line,
                        t,
                        CurvatureFixtures.tinyData(),
                        settings,
                        s -> {
                            throw new AssertionError("nothing left to compute");
                        },
                        JobControl.none()))
                .hasSize(5);
        assertThat(Files.readAllLines(file)).hasSize(6).first().isEqualTo(PathSpectraCsv.HEADER);

        try (HessianVectorProduct product =
                new HessianVectorProduct(CurvatureFixtures.TINY, CurvatureFixtures.tinyData())) {
            for (PathSpectrum row : rows) {
                DenseSymmetricOperator dense =
                        DenseSymmetricOperator.materialize(new HessianOperator(product, line.apply(row.t()), 0));
                double[] exact = dense.eigenvalues();
                assertThat(row.minE()).as("λ_min at t = %s", row.t()).isCloseTo(exact[0], within(1e-6));
                assertThat(row.bottom()[1]).isCloseTo(exact[1], within(1e-6));
                assertThat(row.maxE()).isCloseTo(exact[exact.length - 1], within(1e-6));
                assertThat(row.index()).isEqualTo((int) java.util.Arrays.stream(exact)
                        .limit(2)
                        .filter(v -> v < 0)
                        .count());
                assertThat(row.trace()).isCloseTo(dense.trace(), within(5 * row.traceError() + 1e-9));
                assertThat(row.images()).isEqualTo(40);
            }
        }
    }

    @Test
    void rowsSurviveTheCsvRoundTripAndBadInputIsRefused() throws IOException {
        PathSpectrum row = new PathSpectrum(
                0.5, new double[] {3, 2}, new double[] {-0.25, 0.125}, Double.NaN, Double.NaN, 17, false, 300, 1.25);
        Path file = root.resolve("rt.csv");
        AppendOnlyCsv.create(file, PathSpectraCsv.HEADER);
        AppendOnlyCsv.append(file, PathSpectraCsv.format(row));
        PathSpectrum back = PathSpectraCsv.read(file).get(0);
        assertThat(back.t()).isEqualTo(0.5);
        assertThat(back.top()).containsExactly(3, 2);
        assertThat(back.bottom()).containsExactly(-0.25, 0.125);
        assertThat(back.index()).isEqualTo(1);
        assertThat(back.trace()).isNaN();
        assertThat(back.converged()).isFalse();
        assertThat(PathSpectraCsv.format(row)).startsWith("0.5,3.0,-0.25,1,NaN,NaN,3.0;2.0,-0.25;0.125,17,false,300,");

        assertThatThrownBy(() -> PathSpectra.run(
                        root.resolve("x.csv"),
                        CurvatureFixtures.TINY,
                        line,
                        new double[] {0, 0.5, 0.5},
                        CurvatureFixtures.tinyData(),
                        settings,
                        s -> {},
                        JobControl.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.5");
    }
}
