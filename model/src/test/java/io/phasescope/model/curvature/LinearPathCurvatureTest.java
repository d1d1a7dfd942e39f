package io.phasescope.model.curvature;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.landscape.LinearPath;
import io.phasescope.model.landscape.PathEvaluator;
import io.phasescope.model.landscape.PathProfile;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.MlpEngine;
import io.phasescope.model.train.Trainer;
import io.phasescope.model.train.TrainingListener;
import io.phasescope.model.train.TrainingOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Curvature along the straight line between two independently trained minima on real MNIST (784-32-10 sigmoid,
 * seeds 1 and 2, 30 epochs on a stratified 1,000-image subset): ∇²E has a clearly negative eigenvalue at the top
 * of the loss barrier and almost none at the ends. Measured: λ_min(∇²E) = −0.35 at t = 0.5 (the barrier top,
 * 0.50 nats above the ends), −0.029 and −0.024 at t = 0 and 1 (slightly negative: the minima are trained for a
 * fixed number of epochs, not to exact convergence); about 13 s.
 */
@Tag("mnist")
class LinearPathCurvatureTest {

    private static final Logger LOG = LoggerFactory.getLogger(LinearPathCurvatureTest.class);
    private static final NetworkSpec NETWORK = new NetworkSpec(784, List.of(32), Activation.SIGMOID, 10, 1);

    @TempDir
    Path root;

    private static float[] minimum(DatasetSplit data, long seed) {
        NetworkSpec seeded = NETWORK.withInitSeed(seed);
        TrainingOptions options = TrainingOptions.defaults().withEpochs(30, 30).withShuffleSeed(seed);
        try (MlpEngine engine = new MlpEngine(seeded, seeded.initialize(), options)) {
            return Trainer.fit(engine, data, options, TrainingListener.none(), JobControl.none(), false)
                    .theta();
        }
    }

    @Test
    void eCurvesDownAtTheBarrierTopAndNotAtTheMinima() throws IOException {
        long start = System.nanoTime();
        DatasetSplit data = new DataRequest(DataRequest.Kind.MNIST, 1000, 200, 1, null).load(LOG::info);
        float[] a = minimum(data, 1);
        float[] b = minimum(data, 2);
        DoubleFunction<float[]> line = t -> LinearPath.at(a, b, t);
        double[] t = PathEvaluator.grid(0, 1, 11);
        PathProfile profile = PathEvaluator.evaluate("linear", NETWORK, line, b, t, data, JobControl.none());
        List<PathSpectrum> rows = PathSpectra.run(
                root.resolve(PathSpectraCsv.FILE),
                NETWORK,
                line,
                t,
                data.train(),
                new SpectraSettings(1, 2, 1e-3, 200, 0, 1),
                s -> {},
                JobControl.none());
        for (PathSpectrum s : rows) {
            LOG.info("t = {}: λ_min(∇²E) {}, λ_max {}, {} steps", s.t(), s.minE(), s.maxE(), s.iterations());
        }
        LOG.info("barrier {} nats, {} s", profile.lossBarrier(), (System.nanoTime() - start) / 1e9);

        int top = argMax(profile.trainLoss());
        int mostNegative = argMin(rows.stream().mapToDouble(PathSpectrum::minE).toArray());
        assertThat(rows)
                .extracting(PathSpectrum::t)
                .containsExactly(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10]);
        assertThat(rows).allSatisfy(s -> assertThat(s.converged()).isTrue());
        assertThat(profile.lossBarrier())
                .as("an unaligned linear path has a barrier (nats)")
                .isGreaterThan(0.2);
        assertThat(t[top]).as("barrier top").isBetween(0.3, 0.7);
        assertThat(rows.get(top).minE()).as("λ_min(∇²E) at the barrier top").isLessThan(-0.15);
        assertThat(Math.abs(t[mostNegative] - t[top]))
                .as("most negative curvature beside the barrier top")
                .isLessThanOrEqualTo(0.1 + 1e-12);
        for (int end : new int[] {0, t.length - 1}) {
            assertThat(rows.get(end).minE())
                    .as("λ_min(∇²E) at t = %s, a minimum", t[end])
                    .isGreaterThan(-0.05)
                    .isGreaterThan(rows.get(top).minE() / 5);
            assertThat(rows.get(end).maxE()).isPositive();
        }
    }

    private static int argMax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static int argMin(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] < values[best]) {
                best = i;
            }
        }
        return best;
    }
}
