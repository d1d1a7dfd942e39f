package io.phasescope.model.train;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.Architecture;
import java.time.Duration;

/**
 * Measures, on this machine, how long one training epoch and one evaluation of a point take for a network and a data
 * size: Adam minibatches and forward passes on a sample of the real data, timed with the wall clock once the engine
 * stops getting faster, and scaled to the full epoch and the full training and test sets.
 */
public final class EpochTimer {

    /**
     * What was measured.
     *
     * @param secondsPerEpoch wall seconds of one epoch of {@code trainSize} examples (training steps only), &gt; 0
     * @param secondsPerEvaluation wall seconds of evaluating one point on the training and test sets, ≥ 0
     * @param batchesTimed minibatches timed
     */
    public record Timing(double secondsPerEpoch, double secondsPerEvaluation, int batchesTimed) {

        public Timing {
            if (!(secondsPerEpoch > 0) || !(secondsPerEvaluation >= 0) || batchesTimed < 1) {
                throw new IllegalArgumentException("a timing needs seconds per epoch > 0, per evaluation >= 0 and a"
                        + " batch timed, was " + secondsPerEpoch + ", " + secondsPerEvaluation + ", " + batchesTimed);
            }
        }
    }

    /** Minibatches are timed in blocks of this wall time (less for a budget under {@code 5 × BLOCK}). */
    static final Duration BLOCK = Duration.ofMillis(100);
    /** Timing stops after this many blocks in a row without a faster one. */
    static final int STABLE_BLOCKS = 4;
    /** Minibatches trained at least before the timing may stop: the JIT compiles the engine's kernels meanwhile. */
    static final int MIN_BATCHES = 200;
    /** A block is faster when it beats the fastest so far by this fraction. */
    static final double IMPROVEMENT = 0.1;

    private EpochTimer() {}

    /**
     * Trains minibatches of {@code options}' size on {@code sample} in blocks of {@link #BLOCK}: the first warms the
     * engine up; the engine's code keeps getting faster while the JIT compiles it (several seconds in a fresh JVM), so
     * blocks go on until {@link #MIN_BATCHES} minibatches have run and {@link #STABLE_BLOCKS} blocks in a row brought no
     * faster one, or until {@code budget} is spent. A
     * minibatch takes the time of the fastest block, the one least disturbed by other work on the machine. Then the
     * fastest of three forward passes over the sample times the evaluation.
     *
     * @param sample training examples of the real data (at least one)
     * @param trainSize examples per epoch of the timed run, ≥ 1
     * @param testSize test examples evaluated at each point, ≥ 0
     * @param budget the most wall time to spend training, 2 ms to 1 min; at least two minibatches run in each block
     * @throws CancelledException when {@code control} is cancelled
     */
    public static Timing measure(
            Architecture network,
            TrainingOptions options,
            Dataset sample,
            int trainSize,
            int testSize,
            Duration budget,
            JobControl control) {
        if (network == null || options == null || sample == null || sample.size() < 1 || budget == null) {
            throw new IllegalArgumentException(
                    "a network, options, a non-empty sample and a budget must be given, were " + network + ", "
                            + options + ", " + sample + ", " + budget);
        }
        if (trainSize < 1 || testSize < 0 || budget.toMillis() < 2 || budget.toMinutes() >= 1) {
            throw new IllegalArgumentException("trainSize must be >= 1, testSize >= 0 and the budget 2 ms to 1 min,"
                    + " were " + trainSize + ", " + testSize + ", " + budget);
        }
        int batch = Math.min(options.batchSize(), sample.size());
        int[] order = new int[sample.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        long block = Math.min(BLOCK.toNanos(), budget.toNanos() / (STABLE_BLOCKS + 1));
        try (TrainingEngine engine = Engines.create(network, network.initialize(), options)) {
            engine.configure(options);
            long deadline = System.nanoTime() + budget.toNanos();
            double perBatch = Double.POSITIVE_INFINITY;
            int batches = 0;
            int stale = 0;
            do {
                long start = System.nanoTime();
                int n = train(engine, sample, order, batch, block, control);
                double time = (System.nanoTime() - start) / 1e9 / n;
                batches += n;
                stale = time < perBatch * (1 - IMPROVEMENT) ? 0 : stale + 1;
                perBatch = Math.min(perBatch, time);
            } while ((stale < STABLE_BLOCKS || batches < MIN_BATCHES) && System.nanoTime() < deadline);
            // a minibatch larger than the sample is timed at the sample's size and scaled by its examples
            int fullBatch = Math.min(options.batchSize(), trainSize);
            double perFullBatch = perBatch * fullBatch / batch;
            int perEpoch = (trainSize + fullBatch - 1) / fullBatch;
            control.checkpoint();
            double perExample = Double.POSITIVE_INFINITY;
            for (int k = 0; k < 3; k++) {
                long evalStart = System.nanoTime();
                engine.predict(sample);
                perExample = Math.min(perExample, (System.nanoTime() - evalStart) / 1e9 / sample.size());
            }
            return new Timing(
                    Math.max(perFullBatch * perEpoch, 1e-9), perExample * ((long) trainSize + testSize), batches);
        }
    }

    /** Trains minibatches round the sample for at least {@code nanos} and two minibatches; returns how many. */
    private static int train(
            TrainingEngine engine, Dataset sample, int[] order, int batch, long nanos, JobControl control) {
        long start = System.nanoTime();
        int k = 0;
        while (k < 2 || System.nanoTime() - start < nanos) {
            control.checkpoint();
            int from = (k * batch) % (order.length - batch + 1);
            engine.trainStep(sample, order, from, from + batch);
            k++;
        }
        return k;
    }
}
