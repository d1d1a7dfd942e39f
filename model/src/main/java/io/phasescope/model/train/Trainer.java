package io.phasescope.model.train;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.data.DatasetSplit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains to convergence: shuffled minibatch epochs of Adam on {@code L_λ}, stopping after
 * {@code patience} epochs without a strict decrease of the epoch objective (see
 * {@link EpochMetrics#objective()}) or after {@code maxEpochs}, and says why it stopped ({@link StopReason}).
 * Adam is reset at the start; θ is the engine's current θ (warm start).
 */
public final class Trainer {

    private Trainer() {}

    /**
     * Runs the training.
     *
     * @param evaluateEachEpoch whether to compute a full {@link Evaluation} after every epoch for the listener
     * @throws CancelledException when {@code control} is cancelled; the engine then holds θ after the last
     *     completed minibatch
     * @throws DivergenceException when the loss becomes non-finite; the engine then holds θ from the start of
     *     the failed epoch
     */
    public static TrainingResult fit(
            TrainingEngine engine,
            DatasetSplit data,
            TrainingOptions options,
            TrainingListener listener,
            JobControl control,
            boolean evaluateEachEpoch) {
        long start = System.nanoTime();
        engine.configure(options);
        Dataset train = data.train();
        int n = train.size();
        int batch = Math.min(options.batchSize(), n);
        int batchesPerEpoch = (n + batch - 1) / batch;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random shuffle = new Random(options.shuffleSeed());
        List<EpochMetrics> history = new ArrayList<>();
        double best = Double.POSITIVE_INFINITY;
        int sinceBest = 0;
        long iteration = 0;
        int epoch = 0;
        boolean converged = false;
        while (epoch < options.maxEpochs() && !converged) {
            epoch++;
            control.checkpoint();
            long epochStart = System.nanoTime();
            float[] epochStartTheta = engine.parameters();
            shuffle(order, shuffle);
            double lossSum = 0;
            for (int k = 0; k < batchesPerEpoch; k++) {
                control.checkpoint();
                int from = k * batch;
                int to = Math.min(n, from + batch);
                double loss;
                try {
                    loss = engine.trainStep(train, order, from, to);
                } catch (DivergenceException e) {
                    engine.setParameters(epochStartTheta);
                    throw new DivergenceException("epoch " + epoch + ", minibatch " + (k + 1) + ": " + e.getMessage()
                            + " (parameters restored to the start of the epoch)");
                }
                lossSum += loss * (to - from);
                iteration++;
                listener.onBatch(new BatchProgress(epoch, iteration, k + 1, batchesPerEpoch, loss));
            }
            double objective = lossSum / n + engine.penalty();
            double seconds = (System.nanoTime() - epochStart) / 1e9;
            Evaluation evaluation = evaluateEachEpoch ? Evaluator.evaluate(engine, data, options) : null;
            EpochMetrics metrics = new EpochMetrics(epoch, options.maxEpochs(), objective, evaluation, seconds);
            history.add(metrics);
            listener.onEpoch(metrics);
            if (objective < best) {
                best = objective;
                sinceBest = 0;
            } else {
                sinceBest++;
                converged = sinceBest >= options.patience();
            }
        }
        Evaluation evaluation = history.get(history.size() - 1).evaluation() != null
                ? history.get(history.size() - 1).evaluation()
                : Evaluator.evaluate(engine, data, options);
        StopReason reason = StopReason.classify(
                converged,
                history.get(0).objective(),
                history.get(history.size() - 1).objective(),
                evaluation.trainLoss(),
                train.classCount());
        return new TrainingResult(
                engine.parameters(), epoch, reason, evaluation, history, (System.nanoTime() - start) / 1e9);
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
