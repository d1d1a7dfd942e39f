package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.landscape.BezierPath;
import io.phasescope.model.landscape.LinearPath;
import io.phasescope.model.landscape.PathEvaluator;
import io.phasescope.model.landscape.PathProfile;
import io.phasescope.model.landscape.WeightMatching;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.Pathfinder;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepListener;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.train.Evaluator;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.MlpEngine;
import io.phasescope.model.train.Trainer;
import io.phasescope.model.train.TrainingListener;
import io.phasescope.model.train.TrainingOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mode connectivity on real MNIST with the paper network: two independently trained minima have a linear
 * barrier; alignment and a Bézier curve lower it; the Pathfinder path toward B keeps the training loss low
 * while ‖θ − θ_B‖ falls by more than half.
 */
@Tag("mnist")
@Tag("slow")
class ModeConnectivityTest {

    private static final DataRequest REQUEST = new DataRequest(DataRequest.Kind.MNIST, 6000, 2000, 1, null);
    private static DatasetSplit data;
    private static final NetworkSpec SPEC = NetworkSpec.paper(1);
    private static float[] a;
    private static float[] b;

    @TempDir
    Path root;

    @BeforeAll
    static void trainTwoMinima() {
        data = REQUEST.load(m -> {});
        a = minimum(1);
        b = minimum(2);
    }

    private static float[] minimum(long seed) {
        NetworkSpec seeded = SPEC.withInitSeed(seed);
        TrainingOptions options = TrainingOptions.defaults().withEpochs(15, 15).withShuffleSeed(seed);
        try (MlpEngine engine = new MlpEngine(seeded, seeded.initialize(), options)) {
            return Trainer.fit(engine, data, options, TrainingListener.none(), JobControl.none(), false)
                    .theta();
        }
    }

    private static PathProfile linear(float[] to) {
        return PathEvaluator.evaluate(
                "linear",
                SPEC,
                t -> LinearPath.at(a, to, t),
                to,
                PathEvaluator.grid(0, 1, 11),
                data,
                JobControl.none());
    }

    @Test
    void linearBarrierIsClearAndAlignmentLowersIt() {
        PathProfile plain = linear(b);
        PathProfile aligned = linear(WeightMatching.align(SPEC, a, b));
        assertThat(plain.lossBarrier()).as("linear barrier (nats)").isGreaterThan(0.1);
        assertThat(aligned.lossBarrier()).as("aligned barrier").isLessThan(plain.lossBarrier() / 2);
    }

    @Test
    void bezierCurveHasALowerBarrierThanTheLine() {
        float[] c = BezierPath.fit(SPEC, a, b, data.train(), TrainingOptions.defaults(), 3, 1, JobControl.none());
        PathProfile bezier = PathEvaluator.evaluate(
                "bezier",
                SPEC,
                t -> BezierPath.at(a, c, b, t),
                b,
                PathEvaluator.grid(0, 1, 11),
                data,
                JobControl.none());
        assertThat(bezier.lossBarrier()).isLessThan(linear(b).lossBarrier() / 2);
    }

    @Test
    void pathfinderPathStaysLowWhileHalvingTheDistanceToB() throws Exception {
        SweepSpec spec = new SweepSpec(
                "path",
                REQUEST,
                SPEC,
                TrainingOptions.defaults().withThetaRef(b),
                SweepGrid.linear(0, 0.002, 0.0005),
                SweepMode.UP,
                List.of(1L),
                1);
        List<SweepPoint> points = Pathfinder.run(
                SweepFolder.openOrCreate(root, spec, a), data, 1, SweepListener.none(), JobControl.none());
        double start = Math.sqrt(Evaluator.squaredDistance(a, b));
        double maxLoss =
                points.stream().mapToDouble(SweepPoint::trainLoss).max().orElseThrow();
        assertThat(points.get(points.size() - 1).distRef())
                .as("final |θ − θ_B|")
                .isLessThan(start / 2);
        assertThat(maxLoss)
                .as("largest training loss along the path")
                .isLessThan(linear(b).maxTrainLoss());
    }
}
