package io.phasescope.model.train;

import java.util.List;

/**
 * The outcome of {@link Trainer#fit}.
 *
 * @param theta the final parameters
 * @param epochs epochs run
 * @param stopReason why the run stopped: converged, epoch limit or diverged (see {@link StopReason#classify})
 * @param evaluation metrics of {@code theta}
 * @param history per-epoch metrics, in order
 * @param seconds wall time of the whole run
 */
public record TrainingResult(
        float[] theta,
        int epochs,
        StopReason stopReason,
        Evaluation evaluation,
        List<EpochMetrics> history,
        double seconds) {

    public TrainingResult {
        if (stopReason == null) {
            throw new IllegalArgumentException("stopReason must be given");
        }
        history = List.copyOf(history);
    }

    /** Whether early stopping ended the run. */
    public boolean converged() {
        return stopReason == StopReason.CONVERGED;
    }
}
