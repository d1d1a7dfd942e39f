package io.phasescope.model.train;

import java.util.List;

/**
 * The outcome of {@link Trainer#fit}.
 *
 * @param theta the final parameters
 * @param epochs epochs run
 * @param converged whether early stopping ended the run (otherwise maxEpochs did)
 * @param evaluation metrics of {@code theta}
 * @param history per-epoch metrics, in order
 * @param seconds wall time of the whole run
 */
public record TrainingResult(
        float[] theta,
        int epochs,
        boolean converged,
        Evaluation evaluation,
        List<EpochMetrics> history,
        double seconds) {

    public TrainingResult {
        history = List.copyOf(history);
    }
}
