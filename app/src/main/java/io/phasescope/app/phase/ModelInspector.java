package io.phasescope.app.phase;

import io.phasescope.model.data.DataCache;
import io.phasescope.model.data.Dataset;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.net.Architecture;
import io.phasescope.model.sweep.PointDetails;
import io.phasescope.model.sweep.PointsCsv;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.train.Engines;
import io.phasescope.model.train.EpochMetrics;
import io.phasescope.model.train.Evaluation;
import io.phasescope.model.train.Evaluator;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.Predictions;
import io.phasescope.model.train.Trainer;
import io.phasescope.model.train.TrainingEngine;
import io.phasescope.model.train.TrainingListener;
import io.phasescope.model.train.TrainingOptions;
import io.phasescope.model.train.TrainingResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background work on the models of a sweep, each on the calling (worker) thread with its own engine:
 * evaluating the model kept at a point, and probing — training at a λ between grid points, warm-started
 * from a kept model, and appending the result to {@code probes.csv}.
 */
public final class ModelInspector {

    /** The probes file in a sweep folder: rows in the format of {@code points.csv}. */
    public static final String PROBES = "probes.csv";

    private static final Logger LOG = LoggerFactory.getLogger(ModelInspector.class);

    private ModelInspector() {}

    /** A probe's outcome: the model view of the new point and its parameters. */
    public record Probe(ModelAtLambda model, float[] theta, SweepPoint warmStart) {}

    /**
     * The model at {@code target}. A probe ({@code theta} given, kept in memory) is evaluated. A point whose details
     * the sweep stored ({@code details}) is shown exactly from them, with the nearest kept parameters of its walk
     * ({@code branchPoints}) named for actions that need parameters. Otherwise (a sweep written before details
     * were stored) the nearest kept parameters are evaluated and shown as such.
     */
    public static ModelAtLambda inspect(
            SweepFolder folder,
            DataCache data,
            PointDetails details,
            SweepPoint target,
            float[] theta,
            List<SweepPoint> branchPoints,
            int sampleCount,
            JobControl control) {
        SweepSpec spec = folder.spec();
        DatasetSplit split = data.get(spec.data(), message -> {});
        Dataset samples = data.samples(spec.data(), sampleCount, message -> {});
        control.checkpoint();
        if (theta == null && details != null) {
            SweepPoint kept = byDistance(branchPoints, target).stream()
                    .filter(p -> folder.hasParameters(p.branch(), p.seed(), p.index()))
                    .findFirst()
                    .orElse(null);
            Evaluation evaluation = storedEvaluation(target, details);
            int shown = Math.min(samples.size(), details.samplePredicted().length);
            return new ModelAtLambda(
                    target,
                    target,
                    kept,
                    evaluation,
                    samples,
                    Arrays.copyOf(details.samplePredicted(), shown),
                    Arrays.copyOf(details.sampleConfidence(), shown));
        }
        SweepPoint source = target;
        float[] parameters = theta;
        if (parameters == null) {
            for (SweepPoint candidate : byDistance(branchPoints, target)) {
                Optional<float[]> kept = kept(folder, candidate);
                if (kept.isPresent()) {
                    source = candidate;
                    parameters = kept.get();
                    break;
                }
            }
        }
        if (parameters == null) {
            return ModelAtLambda.withoutParameters(target, samples);
        }
        TrainingOptions options = spec.options().withLambda(source.lambda());
        Architecture network = spec.network().withInitSeed(source.seed());
        try (TrainingEngine engine = Engines.create(network, parameters, options)) {
            Evaluation evaluation = testEvaluation(source, split.test(), engine.predict(split.test()));
            Predictions predictions = engine.predict(samples);
            return new ModelAtLambda(
                    target, source, source, evaluation, samples, predictions.predicted(), predictions.confidence());
        }
    }

    /** The point's recorded metrics with its stored confusion matrix (train accuracy is not recorded: NaN). */
    static Evaluation storedEvaluation(SweepPoint point, PointDetails details) {
        int[][] confusion = details.confusion();
        return new Evaluation(
                point.lambda(),
                point.trainLoss(),
                point.regLoss(),
                point.testLoss(),
                Double.NaN,
                point.testAccuracy(),
                Evaluator.perClassAccuracy(confusion),
                confusion,
                point.norm(),
                point.distRef());
    }

    /**
     * The test half of an {@link Evaluation} (confusion matrix, per-class and overall accuracy, test loss)
     * with the training-set metrics the sweep recorded for {@code point}: cheaper than evaluating the
     * training set again, which matters while a sweep shares the cores. Train accuracy is not known (NaN).
     */
    static Evaluation testEvaluation(SweepPoint point, Dataset test, Predictions predictions) {
        int[][] confusion = Evaluator.confusion(predictions, test);
        double[] perClass = Evaluator.perClassAccuracy(confusion);
        return new Evaluation(
                point.lambda(),
                point.trainLoss(),
                point.regLoss(),
                predictions.meanLoss(),
                Double.NaN,
                Evaluator.accuracy(predictions, test),
                perClass,
                confusion,
                point.norm(),
                point.distRef());
    }

    /**
     * Trains at {@code lambda} on the walk {@code key}, warm-started from the kept model that precedes
     * {@code lambda} in the walking order and is nearest to it (else the nearest kept model; a cold walk
     * starts from its initialization), evaluates the result and appends it to {@code probes.csv}.
     */
    public static Probe probe(
            SweepFolder folder,
            DataCache data,
            BranchKey key,
            double lambda,
            List<SweepPoint> branchPoints,
            int sampleCount,
            JobControl control,
            Consumer<String> progress)
            throws IOException {
        SweepSpec spec = folder.spec();
        DatasetSplit split = data.get(spec.data(), progress);
        Dataset samples = data.samples(spec.data(), sampleCount, progress);
        Architecture network = spec.network().withInitSeed(key.seed());
        SweepPoint warmStart = null;
        float[] start = null;
        if (key.branch() == Branch.COLD) {
            start = network.initialize();
        } else {
            for (SweepPoint candidate : warmStartOrder(branchPoints, key.branch(), lambda)) {
                Optional<float[]> kept = kept(folder, candidate);
                if (kept.isPresent()) {
                    warmStart = candidate;
                    start = kept.get();
                    break;
                }
            }
        }
        if (start == null) {
            throw new IllegalStateException(
                    "no kept parameters on " + key + " to warm-start a probe at λ = " + lambda + " from");
        }
        control.checkpoint();
        TrainingOptions options = spec.options()
                .withLambda(lambda)
                .withShuffleSeed(key.seed() * 0x9E3779B97F4A7C15L ^ Double.doubleToLongBits(lambda));
        String from =
                warmStart == null ? "its initialization" : String.format(Locale.ROOT, "λ = %.5g", warmStart.lambda());
        progress.accept(String.format(
                Locale.ROOT,
                "Probing %s at λ = %.5g (β = %.5g), warm-started from %s …",
                key,
                lambda,
                2 * lambda,
                from));
        try (TrainingEngine engine = Engines.create(network, start, options)) {
            long begin = System.nanoTime();
            TrainingResult result = Trainer.fit(
                    engine,
                    split,
                    options,
                    new TrainingListener() {
                        @Override
                        public void onEpoch(EpochMetrics metrics) {
                            progress.accept(String.format(
                                    Locale.ROOT,
                                    "Probing %s at λ = %.5g: epoch %d of at most %d",
                                    key,
                                    lambda,
                                    metrics.epoch(),
                                    metrics.maxEpochs()));
                        }
                    },
                    control,
                    false);
            Evaluation e = result.evaluation();
            SweepPoint point = new SweepPoint(
                    key.branch(),
                    key.seed(),
                    -1,
                    lambda,
                    e.trainLoss(),
                    e.regLoss(),
                    e.testLoss(),
                    e.testAccuracy(),
                    e.norm(),
                    e.distRef(),
                    result.epochs(),
                    (System.nanoTime() - begin) / 1e9,
                    e.perClassAccuracy(),
                    result.stopReason(),
                    key.variant());
            Path file = folder.root().resolve(PROBES);
            PointsCsv.create(file, spec.network().classCount());
            PointsCsv.append(file, point);
            Predictions predictions = engine.predict(samples);
            ModelAtLambda model = new ModelAtLambda(
                    point, point, null, e, samples, predictions.predicted(), predictions.confidence());
            return new Probe(model, result.theta(), warmStart);
        }
    }

    /** The probes recorded in a sweep folder, or none. */
    public static List<SweepPoint> readProbes(SweepFolder folder) throws IOException {
        Path file = folder.root().resolve(PROBES);
        if (!file.toFile().isFile()) {
            return List.of();
        }
        SweepSpec spec = folder.spec();
        return PointsCsv.read(
                file,
                folder.grid().values(),
                spec.network().classCount(),
                spec.options().maxEpochs());
    }

    private static List<SweepPoint> byDistance(List<SweepPoint> points, SweepPoint target) {
        return points.stream()
                .filter(p -> p.index() >= 0)
                .sorted(Comparator.comparingDouble(p -> Math.abs(p.lambda() - target.lambda())))
                .toList();
    }

    /** Points before λ in walking order (nearest first), then the others (nearest first). */
    static List<SweepPoint> warmStartOrder(List<SweepPoint> points, Branch branch, double lambda) {
        Comparator<SweepPoint> nearest = Comparator.comparingDouble(p -> Math.abs(p.lambda() - lambda));
        Comparator<SweepPoint> before =
                Comparator.comparing(p -> branch == Branch.DOWN ? p.lambda() < lambda : p.lambda() > lambda);
        return points.stream()
                .filter(p -> p.index() >= 0)
                .sorted(before.thenComparing(nearest))
                .toList();
    }

    private static Optional<float[]> kept(SweepFolder folder, SweepPoint point) {
        try {
            return folder.parameters(point.branch(), point.seed(), point.index());
        } catch (IOException e) {
            // pruned by the running sweep between the existence check and the read: not kept
            LOG.debug("parameters of {} λ={} unreadable: {}", point.branch(), point.lambda(), e.toString());
            return Optional.empty();
        }
    }
}
