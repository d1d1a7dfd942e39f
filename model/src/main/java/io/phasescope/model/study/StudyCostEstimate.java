package io.phasescope.model.study;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.Dataset;
import io.phasescope.model.landscape.PathEvaluator;
import io.phasescope.model.net.Architecture;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.sweep.WallTimeEstimate;
import io.phasescope.model.train.EpochTimer;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.Precision;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The estimated CPU time of a study's tasks, from per-epoch costs measured on this machine: one epoch and one
 * evaluation of each distinct network and data size are timed once ({@link EpochTimer}, on a sample of the real
 * data, as the app's sweep-spec estimate does), and a task takes its grid's steps × {@link
 * WallTimeEstimate#typicalEpochs} epochs plus an evaluation per step ({@link WallTimeEstimate}, one core). The
 * until-trivial extension, whose length is unknown before the sweep, is not counted.
 */
public final class StudyCostEstimate {

    /** The most wall time spent timing one network and data size. */
    static final Duration BUDGET = Duration.ofSeconds(3);

    /** Lanczos steps per eigenvalue wanted, typically. */
    public static final double LANCZOS_STEPS_PER_VALUE = 2.5;

    /** Training examples the timing runs on (fewer when the task trains on fewer). */
    static final int SAMPLE = 2048;

    private record Key(Architecture network, DataRequest.Kind kind, int train, int test, int batch) {}

    private final Map<Key, EpochTimer.Timing> timings = new HashMap<>();
    private final Consumer<String> progress;

    /** @param progress hears of data being loaded and of each timing */
    public StudyCostEstimate(Consumer<String> progress) {
        this.progress = progress;
    }

    /** The estimated CPU seconds of {@code task} on one core of this machine. */
    public double cpuSeconds(StudyTask task) {
        return WallTimeEstimate.of(task.sweep(), timing(task), 1).seconds();
    }

    /**
     * The estimated CPU seconds of the spectrum at one kept point of {@code task}'s sweep: a Hessian-vector product
     * costs about two gradients (forward, R-forward, backward, R-backward), a gradient over n images n / (training
     * images) of an epoch, twice that in double precision, and Lanczos takes about {@value #LANCZOS_STEPS_PER_VALUE}
     * steps per eigenvalue wanted (top-20 + bottom-5 took 58 on the paper network, docs/benchmarks.md), at most
     * maxIterations.
     */
    public double spectrumCpuSeconds(StudyTask task, StudySpectra spectra) {
        DataRequest d = task.sweep().data();
        int train = d.trainSize() > 0 ? d.trainSize() : fullTrain(d.kind());
        int images = spectra.subset() > 0 ? Math.min(spectra.subset(), train) : train;
        double steps = Math.min(
                spectra.maxIterations(),
                LANCZOS_STEPS_PER_VALUE * (spectra.top() + spectra.bottom() + spectra.largestMagnitude()));
        double precision = spectra.precision() == Precision.DOUBLE ? 2 : 1;
        return steps * 2 * precision * timing(task).secondsPerEpoch() * images / train;
    }

    /**
     * The estimated CPU seconds of {@code path} from {@code task}'s model: one evaluation per point of t for a linear
     * path; for a Bézier path, its epochs as training epochs (a gradient per minibatch at one t) and one evaluation per
     * point of t; a Pathfinder path's walk as a sweep of {@code task}'s network over the path's grid.
     */
    public double pathCpuSeconds(StudyTask task, StudyPath path) {
        return switch (path.kind()) {
            case "linear" ->
                PathEvaluator.grid(-0.25, 1.25, path.resolution()).length
                        * timing(task).secondsPerEvaluation();
            case "bezier" ->
                path.epochs() * timing(task).secondsPerEpoch()
                        + PathEvaluator.grid(0, 1, path.resolution()).length
                                * timing(task).secondsPerEvaluation();
            default -> cpuSeconds(new StudyTask(task.id(), task.sweep().withGrid(path.grid())));
        };
    }

    /**
     * The kept points of {@code task}'s sweep, at most: every paramStride-th step (the points on both sides of each
     * transition, unknown before the sweep, not counted).
     */
    public static int keptPoints(StudyTask task) {
        SweepSpec sweep = task.sweep();
        return (sweep.totalSteps() + sweep.paramStride() - 1) / sweep.paramStride();
    }

    private EpochTimer.Timing timing(StudyTask task) {
        SweepSpec sweep = task.sweep();
        DataRequest d = sweep.data();
        Key key = new Key(
                sweep.network().withInitSeed(1),
                d.kind(),
                d.trainSize() > 0 ? d.trainSize() : fullTrain(d.kind()),
                d.testSize() > 0 ? d.testSize() : fullTest(d.kind()),
                sweep.options().batchSize());
        return timings.computeIfAbsent(key, k -> measure(sweep, k));
    }

    private EpochTimer.Timing measure(SweepSpec sweep, Key key) {
        DataRequest d = sweep.data();
        Dataset sample = new DataRequest(
                        d.kind(),
                        Math.min(SAMPLE, key.train()),
                        d.kind().classNames().size(),
                        d.seed(),
                        d.folder())
                .load(progress)
                .train();
        progress.accept("Timing " + key.network().describe() + " on " + key.train() + " "
                + d.kind().id() + " examples ...");
        return EpochTimer.measure(
                sweep.network(), sweep.options(), sample, key.train(), key.test(), BUDGET, JobControl.none());
    }

    private static int fullTrain(DataRequest.Kind kind) {
        return kind.synthetic() ? 3 * 1000 : 60_000;
    }

    private static int fullTest(DataRequest.Kind kind) {
        return kind.synthetic() ? 3 * 300 : 10_000;
    }
}
