package io.phasescope.model.study;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.Architecture;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.sweep.WallTimeEstimate;
import io.phasescope.model.train.EpochTimer;
import io.phasescope.model.train.JobControl;
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
        SweepSpec sweep = task.sweep();
        DataRequest d = sweep.data();
        Key key = new Key(
                sweep.network().withInitSeed(1),
                d.kind(),
                d.trainSize() > 0 ? d.trainSize() : fullTrain(d.kind()),
                d.testSize() > 0 ? d.testSize() : fullTest(d.kind()),
                sweep.options().batchSize());
        EpochTimer.Timing timing = timings.computeIfAbsent(key, k -> measure(sweep, k));
        return WallTimeEstimate.of(sweep, timing, 1).seconds();
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
