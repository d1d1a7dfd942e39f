package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.model.curvature.HessianOperator;
import io.phasescope.model.curvature.Lanczos;
import io.phasescope.model.curvature.SpectraCsv;
import io.phasescope.model.curvature.SpectraSettings;
import io.phasescope.model.curvature.SweepSpectra;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.landscape.BezierPath;
import io.phasescope.model.landscape.Directions;
import io.phasescope.model.landscape.LinearPath;
import io.phasescope.model.landscape.PathEvaluator;
import io.phasescope.model.landscape.SliceComputer;
import io.phasescope.model.landscape.SliceQuantity;
import io.phasescope.model.landscape.SliceSpec;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.Pathfinder;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepListener;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.sweep.Transition;
import io.phasescope.model.sweep.TransitionKind;
import io.phasescope.model.sweep.TransitionRefiner;
import io.phasescope.model.train.CancelledException;
import io.phasescope.model.train.HessianVectorProduct;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.MlpEngine;
import io.phasescope.model.train.Trainer;
import io.phasescope.model.train.TrainingListener;
import io.phasescope.model.train.TrainingOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every long job — training, a sweep, bisection refinement, a slice, a path (evaluation and the Bézier fit),
 * extreme eigenvalues and a sweep's spectra — cancelled from another thread {@value #CANCEL_AFTER_MS} ms after
 * it started, throws {@link CancelledException} within {@value #PROMPT_MS} ms of the cancel (one minibatch,
 * slice point, path point or Lanczos step on a 16-128-128-3 ReLU net and the 3000 patterns images is tens of
 * milliseconds) and leaves its files readable.
 */
class CancellationTest {

    private static final long CANCEL_AFTER_MS = 150;
    private static final long PROMPT_MS = 2000;
    private static final NetworkSpec WIDE = new NetworkSpec(16, List.of(128, 128), Activation.RELU, 3, 1);
    private static final DataRequest REQUEST = new DataRequest(DataRequest.Kind.PATTERNS, 0, 0, 1, null);
    private static final DatasetSplit DATA = REQUEST.load(m -> {});
    private static final TrainingOptions ENDLESS = TrainingOptions.defaults().withEpochs(100_000, 100_000);

    @TempDir
    static Path root;

    private static ScheduledExecutorService canceller;
    private static SweepFolder sweep;
    private static float[] theta;

    @BeforeAll
    static void aShortSweepWithKeptParameters() throws Exception {
        canceller = Executors.newSingleThreadScheduledExecutor();
        sweep = SweepFolder.openOrCreate(
                root.resolve("short"),
                spec(SweepGrid.linear(0, 0.05, 0.05), TrainingOptions.defaults().withEpochs(1, 1)));
        Pathfinder.run(sweep, DATA, 1, SweepListener.none(), JobControl.none());
        theta = sweep.parameters(Branch.UP, 1, 0).orElseThrow();
    }

    @AfterAll
    static void stopCanceller() {
        canceller.shutdownNow();
    }

    private static SweepSpec spec(SweepGrid grid, TrainingOptions options) {
        return new SweepSpec("cancel", REQUEST, WIDE, options, grid, SweepMode.UP, List.of(1L), 1);
    }

    /** Runs {@code job}, cancels it from another thread after {@value #CANCEL_AFTER_MS} ms, and times the stop. */
    private void assertStopsPromptly(JobControl control, ThrowingJob job) {
        AtomicLong cancelledAt = new AtomicLong();
        canceller.schedule(
                () -> {
                    cancelledAt.set(System.nanoTime());
                    control.cancel();
                },
                CANCEL_AFTER_MS,
                TimeUnit.MILLISECONDS);
        assertThatThrownBy(job::run)
                .as("the job was still running when cancelled")
                .isInstanceOf(CancelledException.class);
        long stoppedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - cancelledAt.get());
        assertThat(stoppedMs).as("ms from cancel() to CancelledException").isLessThan(PROMPT_MS);
    }

    @FunctionalInterface
    private interface ThrowingJob {
        void run() throws Exception;
    }

    @Test
    void training() {
        JobControl control = new JobControl();
        try (MlpEngine engine = new MlpEngine(WIDE, theta, ENDLESS)) {
            assertStopsPromptly(
                    control, () -> Trainer.fit(engine, DATA, ENDLESS, TrainingListener.none(), control, false));
            float[] after = engine.parameters();
            for (float v : after) {
                assertThat(Float.isFinite(v))
                        .as("θ after the last completed minibatch")
                        .isTrue();
            }
            assertThat(after).isNotEqualTo(theta);
        }
    }

    @Test
    void sweep() throws Exception {
        SweepFolder folder =
                SweepFolder.openOrCreate(root.resolve("endless"), spec(SweepGrid.linear(0, 0.5, 0.01), ENDLESS));
        JobControl control = new JobControl();
        assertStopsPromptly(control, () -> Pathfinder.run(folder, DATA, 1, SweepListener.none(), control));
        assertThat(folder.points())
                .as("points.csv still reads; the step in progress was not written")
                .isEmpty();
    }

    @Test
    void bisectionRefinement() {
        Transition bracket =
                new Transition(Branch.UP, 1, 0.025, 0, 0.05, 1, 0.5, 1, 0.33, List.of(), TransitionKind.FULL);
        JobControl control = new JobControl();
        assertStopsPromptly(control, () -> TransitionRefiner.refine(sweep, DATA, List.of(bracket), 1e-12, control));
    }

    @Test
    void slice() {
        SliceSpec slice = new SliceSpec(
                WIDE,
                theta,
                Directions.filterNormalized(WIDE, theta, 1, Directions.BiasMode.ZERO),
                Directions.filterNormalized(WIDE, theta, 2, Directions.BiasMode.ZERO),
                -1,
                1,
                -1,
                1,
                SliceSpec.MAX_RESOLUTION,
                SliceQuantity.loss());
        JobControl control = new JobControl();
        assertStopsPromptly(control, () -> SliceComputer.compute(slice, DATA.test(), 2, level -> {}, control));
    }

    @Test
    void pathEvaluation() throws Exception {
        float[] b = sweep.parameters(Branch.UP, 1, 1).orElseThrow();
        JobControl control = new JobControl();
        assertStopsPromptly(
                control,
                () -> PathEvaluator.evaluate(
                        "linear",
                        WIDE,
                        t -> LinearPath.at(theta, b, t),
                        b,
                        PathEvaluator.grid(0, 1, 5000),
                        DATA,
                        control));
    }

    @Test
    void bezierFit() throws Exception {
        float[] b = sweep.parameters(Branch.UP, 1, 1).orElseThrow();
        JobControl control = new JobControl();
        assertStopsPromptly(
                control,
                () -> BezierPath.fit(WIDE, theta, b, DATA.train(), TrainingOptions.defaults(), 100_000, 1, control));
    }

    @Test
    void lanczos() {
        JobControl control = new JobControl();
        try (HessianVectorProduct product = new HessianVectorProduct(WIDE, DATA.train())) {
            HessianOperator hessian = new HessianOperator(product, theta, 0);
            assertStopsPromptly(control, () -> Lanczos.extremes(hessian, 2, 2, 1e-300, 10_000, 1, control));
        }
    }

    @Test
    void sweepSpectra() throws Exception {
        JobControl control = new JobControl();
        assertStopsPromptly(
                control,
                () -> SweepSpectra.run(
                        sweep, DATA.train(), new SpectraSettings(2, 2, 1e-300, 10_000, 0, 1), s -> {}, control));
        Path spectra = sweep.root().resolve(SweepFolder.SPECTRA);
        assertThat(Files.exists(spectra)).isTrue();
        assertThat(SpectraCsv.read(spectra))
                .as("no half-computed point was written")
                .isEmpty();
    }
}
