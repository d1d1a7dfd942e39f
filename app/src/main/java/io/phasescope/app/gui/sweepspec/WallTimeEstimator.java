package io.phasescope.app.gui.sweepspec;

import io.phasescope.app.task.BackgroundTask;
import io.phasescope.app.task.Coalescer;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.app.training.DatasetChoice;
import io.phasescope.model.data.DataCache;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.Architecture;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.sweep.ThetaRefSource;
import io.phasescope.model.sweep.WallTimeEstimate;
import io.phasescope.model.train.EpochTimer;
import io.phasescope.model.train.JobControl;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Checks a custom sweep spec and estimates its wall time, in the background, {@link #SETTLE} after the last change:
 * reads θ_ref (a model or another sweep's kept parameters) and checks that it fits the network, giving the spec that
 * Run starts ({@link #readyProperty()}); and trains the network (for at most {@link #BUDGET}), timing its minibatches and forward passes
 * on a sample of the real data ({@link EpochTimer}), giving {@link WallTimeEstimate#describe()}. Timings are
 * kept per network, data size and batch size, so a change of grid, mode or seeds is estimated at once. A change
 * cancels the work still running for the previous one; its late results are dropped. UI thread only.
 */
public final class WallTimeEstimator {

    /** How long the form must be still before the estimate is redone. */
    public static final Duration SETTLE = Duration.ofMillis(400);
    /** The most wall time a measurement trains ({@link EpochTimer#measure}); under a second once the JIT is warm. */
    static final Duration BUDGET = Duration.ofSeconds(8);
    /** Training examples of the timing sample at most. */
    static final int SAMPLE = 2048;

    /** What a timing depends on: the network (any seed), the data kind and sizes, the batch size. */
    private record TimingKey(Architecture network, DataRequest.Kind kind, int train, int test, int batch) {}

    private final Supplier<SweepSpec> recipe;
    private final Supplier<ThetaRefSource> refSource;
    private final TaskExecutor executor;
    private final Coalescer debouncer;
    private final int cores;
    private final DataCache samples = new DataCache();
    private final Map<TimingKey, EpochTimer.Timing> timings = new HashMap<>();
    private final ReadOnlyStringWrapper estimate = new ReadOnlyStringWrapper(this, "estimate", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<SweepSpec> ready = new ReadOnlyObjectWrapper<>(this, "ready");
    private BackgroundTask<?> reading;
    private BackgroundTask<?> timing;
    private int generation;

    /**
     * @param recipe the spec to estimate, θ_ref not read; throws {@link IllegalArgumentException} while the form is
     *     invalid
     * @param refSource the θ_ref the form names
     * @param cores processors, the most seeds trained at once (≥ 1)
     */
    public WallTimeEstimator(
            Supplier<SweepSpec> recipe, Supplier<ThetaRefSource> refSource, TaskExecutor executor, int cores) {
        if (recipe == null || refSource == null || executor == null || cores < 1) {
            throw new IllegalArgumentException("recipe, refSource and executor must be given and cores >= 1, were "
                    + recipe + ", " + refSource + ", " + executor + ", " + cores);
        }
        this.recipe = recipe;
        this.refSource = refSource;
        this.executor = executor;
        this.cores = cores;
        this.debouncer = executor.debounce(SETTLE, this::update);
    }

    /** The spec changed: drops the ready spec and redoes the check and the estimate once changes settle. */
    public void request() {
        generation++;
        ready.set(null);
        debouncer.request();
    }

    /** Stops pending and running work (the custom sweep is no longer chosen). */
    public void stop() {
        generation++;
        debouncer.cancel();
        cancelRunning();
    }

    private void update() {
        cancelRunning();
        int current = ++generation;
        SweepSpec spec;
        try {
            spec = recipe.get();
        } catch (IllegalArgumentException e) {
            estimate.set("No estimate while a field is invalid.");
            problem.set("");
            return;
        }
        problem.set("");
        ThetaRefSource source = refSource.get();
        int parameters = spec.network().parameterCount();
        reading = executor.execute(BackgroundTask.of("read θ_ref", control -> {
                    float[] theta = source.read(parameters);
                    return theta == null
                            ? spec
                            : spec.withOptions(spec.options().withThetaRef(theta));
                })
                .onSuccess(withRef -> {
                    if (current == generation) {
                        ready.set(withRef);
                    }
                })
                .onFailure(error -> {
                    if (current == generation) {
                        problem.set("θ_ref " + source.text() + ": " + error.getMessage());
                    }
                }));
        TimingKey key = key(spec);
        EpochTimer.Timing known = timings.get(key);
        if (known != null) {
            estimate.set(WallTimeEstimate.of(spec, known, cores).describe());
            return;
        }
        estimate.set("Measuring the epoch time of " + spec.network().describe() + " on this machine …");
        timing = executor.execute(BackgroundTask.of("time an epoch", control -> measure(spec, key, control))
                .onSuccess(measured -> {
                    timings.put(key, measured);
                    if (current == generation) {
                        estimate.set(WallTimeEstimate.of(spec, measured, cores).describe());
                    }
                })
                .onFailure(error -> {
                    if (current == generation) {
                        estimate.set("No estimate: " + error.getMessage());
                    }
                }));
    }

    /** Worker thread: times the network on a sample of the spec's data. */
    private EpochTimer.Timing measure(SweepSpec spec, TimingKey key, JobControl control) {
        DataRequest d = spec.data();
        DataRequest sampleRequest = new DataRequest(
                d.kind(),
                Math.min(SAMPLE, key.train()),
                DatasetChoice.of(d.kind()).minSize(),
                d.seed(),
                d.folder());
        Dataset sample = samples.get(sampleRequest, message -> {}).train();
        control.checkpoint();
        return EpochTimer.measure(spec.network(), spec.options(), sample, key.train(), key.test(), BUDGET, control);
    }

    private static TimingKey key(SweepSpec spec) {
        DataRequest d = spec.data();
        DatasetChoice choice = DatasetChoice.of(d.kind());
        return new TimingKey(
                spec.network().withInitSeed(1),
                d.kind(),
                d.trainSize() == 0 ? choice.maxTrain() : d.trainSize(),
                d.testSize() == 0 ? choice.maxTest() : d.testSize(),
                spec.options().batchSize());
    }

    private void cancelRunning() {
        for (BackgroundTask<?> task : new BackgroundTask<?>[] {reading, timing}) {
            if (task != null) {
                task.cancel();
            }
        }
        reading = null;
        timing = null;
    }

    /** For example "≈ 52 min (0.61 s per epoch, measured)", or what is being done or missing. */
    public ReadOnlyStringProperty estimateProperty() {
        return estimate.getReadOnlyProperty();
    }

    /** Why θ_ref cannot be used with this network, or the empty string. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The spec to run, θ_ref read; null while it is being checked or cannot run. */
    public ReadOnlyObjectProperty<SweepSpec> readyProperty() {
        return ready.getReadOnlyProperty();
    }
}
