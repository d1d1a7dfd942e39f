package io.phasescope.model.curvature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.data.StratifiedSubset;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.PointSelection;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepFormatException;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.train.CancelledException;
import io.phasescope.model.train.HessianProduct;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.Precision;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Largest-magnitude spectra along a six-point sweep of a 16-8-3 sigmoid MLP on the patterns (163 parameters). */
class MagnitudeSpectraTest {

    @TempDir
    Path root;

    private final DatasetSplit data = CurvatureFixtures.PATTERNS.load(m -> {});
    private final NetworkSpec network = CurvatureFixtures.PATTERNS_MLP;
    private final SpectraSettings settings = new SpectraSettings(2, 2, 1e-10, 163, 0, 5, Precision.DOUBLE);

    private SweepFolder sweep() throws IOException {
        return CurvatureFixtures.patternsSweep(root.resolve("sweep"), data);
    }

    @Test
    void appendsOneRowPerChosenPointResumesAndMatchesTheDenseHessian() throws IOException {
        SweepFolder folder = sweep();
        List<SweepPoint> kept = PointSelection.kept(folder);
        assertThat(kept).extracting(SweepPoint::lambda).containsExactly(0.0, 0.02, 0.04, 0.05);
        Path file = root.resolve("spectra-full.csv");
        JobControl control = new JobControl();
        assertThatThrownBy(() -> MagnitudeSpectra.run(
                        folder,
                        kept,
                        data.train(),
                        OptionalLong.empty(),
                        6,
                        settings,
                        file,
                        r -> control.cancel(),
                        control))
                .isInstanceOf(CancelledException.class);
        assertThat(MagnitudeSpectraCsv.read(file)).hasSize(1);

        List<MagnitudeSpectrum> added = new ArrayList<>();
        List<MagnitudeSpectrum> rows = MagnitudeSpectra.run(
                folder, kept, data.train(), OptionalLong.empty(), 6, settings, file, added::add, JobControl.none());
        assertThat(added).hasSize(3);
        assertThat(rows).extracting(r -> r.extremes().lambda()).containsExactly(0.0, 0.02, 0.04, 0.05);
        assertThat(MagnitudeSpectra.run(
                        folder,
                        kept,
                        data.train(),
                        OptionalLong.empty(),
                        6,
                        settings,
                        file,
                        r -> {
                            throw new AssertionError("nothing left to compute");
                        },
                        JobControl.none()))
                .hasSize(4);

        MagnitudeSpectrum row = rows.get(1);
        float[] theta =
                folder.parameters(kept.get(1).branch(), 1, kept.get(1).index()).orElseThrow();
        try (HessianProduct product = HessianProduct.of(Precision.DOUBLE, network, data.train())) {
            double[] exact = DenseSymmetricOperator.materialize(new HessianOperator(product, theta, 0))
                    .eigenvalues();
            int n = exact.length;
            assertThat(row.largestMagnitude())
                    .containsExactly(CurvatureFixtures.largestMagnitude(exact, 6), within(1e-8));
            assertThat(row.extremes().bottom()).containsExactly(new double[] {exact[0], exact[1]}, within(1e-8));
            assertThat(row.extremes().top()).containsExactly(new double[] {exact[n - 1], exact[n - 2]}, within(1e-8));
        }
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.extremes().converged()).isTrue();
            assertThat(r.extremes().images()).isEqualTo(300);
            assertThat(r.subsetSeed()).isEmpty();
            assertThat(r.precision()).isEqualTo(Precision.DOUBLE);
            assertThat(r.extremes().minL())
                    .isEqualTo(r.extremes().minE() + 2 * r.extremes().lambda());
        });
    }

    @Test
    void subsetsOfOtherSizesAndSeedsAreRowsOfTheirOwn() throws IOException {
        SweepFolder folder = sweep();
        List<SweepPoint> two = PointSelection.nearest(PointSelection.kept(folder), List.of(0.019, 0.041));
        Path file = root.resolve("subsets.csv");
        for (long subsetSeed : new long[] {1, 2}) {
            Dataset subset = StratifiedSubset.ofSize(data.train(), 150, subsetSeed);
            MagnitudeSpectra.run(
                    folder, two, subset, OptionalLong.of(subsetSeed), 3, settings, file, r -> {}, JobControl.none());
        }
        MagnitudeSpectra.run(
                folder, two, data.train(), OptionalLong.empty(), 3, settings, file, r -> {}, JobControl.none());

        List<MagnitudeSpectrum> rows = MagnitudeSpectraCsv.read(file);
        assertThat(rows)
                .extracting(r -> r.extremes().lambda(), r -> r.extremes().images(), MagnitudeSpectrum::subsetSeed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0.02, 150, OptionalLong.of(1)),
                        org.assertj.core.groups.Tuple.tuple(0.04, 150, OptionalLong.of(1)),
                        org.assertj.core.groups.Tuple.tuple(0.02, 150, OptionalLong.of(2)),
                        org.assertj.core.groups.Tuple.tuple(0.04, 150, OptionalLong.of(2)),
                        org.assertj.core.groups.Tuple.tuple(0.02, 300, OptionalLong.empty()),
                        org.assertj.core.groups.Tuple.tuple(0.04, 300, OptionalLong.empty()));
        assertThat(rows.get(0).extremes().minE())
                .as("two subsets give two different Hessians")
                .isNotEqualTo(rows.get(2).extremes().minE());

        List<SubsetSpread> spreads = SubsetSpread.of(rows);
        assertThat(spreads)
                .extracting(SubsetSpread::images, SubsetSpread::rows)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(150, 2),
                        org.assertj.core.groups.Tuple.tuple(300, 1),
                        org.assertj.core.groups.Tuple.tuple(150, 2),
                        org.assertj.core.groups.Tuple.tuple(300, 1));
        assertThat(spreads.get(0).minE().mean())
                .isCloseTo(
                        (rows.get(0).extremes().minE() + rows.get(2).extremes().minE()) / 2, within(1e-15));
    }

    @Test
    void refusesAFileOfAnotherPrecisionAndPointsWithoutParameters() throws IOException {
        SweepFolder folder = sweep();
        List<SweepPoint> kept = PointSelection.kept(folder);
        Path file = root.resolve("float.csv");
        SpectraSettings floats = settings.withPrecision(Precision.FLOAT);
        MagnitudeSpectra.run(
                folder,
                kept.subList(0, 1),
                data.train(),
                OptionalLong.empty(),
                2,
                floats,
                file,
                r -> {},
                JobControl.none());

        assertThatThrownBy(() -> MagnitudeSpectra.run(
                        folder,
                        kept,
                        data.train(),
                        OptionalLong.empty(),
                        2,
                        settings,
                        file,
                        r -> {},
                        JobControl.none()))
                .isInstanceOf(SweepFormatException.class)
                .hasMessageContaining("holds float rows");
        SweepPoint notKept = folder.points().get(1);
        assertThatThrownBy(() -> MagnitudeSpectra.run(
                        folder,
                        List.of(notKept),
                        data.train(),
                        OptionalLong.empty(),
                        2,
                        floats,
                        file,
                        r -> {},
                        JobControl.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("keeps no parameters");
        assertThatThrownBy(() -> MagnitudeSpectra.run(
                        folder,
                        kept,
                        data.train(),
                        OptionalLong.empty(),
                        2,
                        new SpectraSettings(1, 1, 1e-6, 20, 10, 1),
                        file,
                        r -> {},
                        JobControl.none()))
                .hasMessageContaining("10 probes");
    }
}
