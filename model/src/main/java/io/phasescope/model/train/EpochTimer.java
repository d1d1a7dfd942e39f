package io.phasescope.model.train;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.Architecture;

/**
 * Measures, on this machine, how long one training epoch and one evaluation of a point take for a network and a data
 * size: a few Adam minibatches and one forward pass on a sample of the real data, timed with the wall clock and scaled
 * to the full epoch and the full training and test sets. One minibatch and one forward pass run first, untimed, to warm
 * the engine up.
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

    private EpochTimer() {}

    /**
     * Times {@code batches} minibatches of {@code options}' size on {@code sample} and one forward pass over it.
     *
     * @param sample training examples of the real data (at least one)
     * @param trainSize examples per epoch of the timed run, ≥ 1
     * @param testSize test examples evaluated at each point, ≥ 0
     * @param batches minibatches to time, 1 to 10 000
     * @throws CancelledException when {@code control} is cancelled
     */
    public static Timing measure(
            Architecture network,
            TrainingOptions options,
            Dataset sample,
            int trainSize,
            int testSize,
            int batches,
            JobControl control) {
        if (network == null || options == null || sample == null || sample.size() < 1) {
            throw new IllegalArgumentException("a network, options and a non-empty sample must be given, were "
                    + network + ", " + options + ", " + sample);
        }
        if (trainSize < 1 || testSize < 0 || batches < 1 || batches > 10_000) {
            throw new IllegalArgumentException("trainSize must be >= 1, testSize >= 0 and batches 1 to 10000, were "
                    + trainSize + ", " + testSize + ", " + batches);
        }
        int batch = Math.min(options.batchSize(), sample.size());
        int[] order = new int[sample.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        try (TrainingEngine engine = Engines.create(network, network.initialize(), options)) {
            engine.configure(options);
            engine.trainStep(sample, order, 0, batch);
            long start = System.nanoTime();
            for (int k = 0; k < batches; k++) {
                control.checkpoint();
                int from = (k * batch) % (order.length - batch + 1);
                engine.trainStep(sample, order, from, from + batch);
            }
            double perBatch = (System.nanoTime() - start) / 1e9 / batches;
            // a minibatch larger than the sample is timed at the sample's size and scaled by its examples
            int fullBatch = Math.min(options.batchSize(), trainSize);
            double perFullBatch = perBatch * fullBatch / batch;
            int perEpoch = (trainSize + fullBatch - 1) / fullBatch;
            control.checkpoint();
            engine.predict(sample);
            long evalStart = System.nanoTime();
            engine.predict(sample);
            double perExample = (System.nanoTime() - evalStart) / 1e9 / sample.size();
            return new Timing(
                    Math.max(perFullBatch * perEpoch, 1e-9), perExample * ((long) trainSize + testSize), batches);
        }
    }
}
