package io.phasescope.app.training;

import io.phasescope.model.train.Evaluation;
import io.phasescope.model.train.StopReason;
import io.phasescope.model.train.TrainingResult;
import java.util.Locale;

/** The status line of a finished training run: why it stopped, in words, with its test metrics. */
public final class TrainingOutcome {

    private TrainingOutcome() {}

    /** For example "Diverged after 14 epochs in 3.2 s: …; lower the learning rate". */
    public static String describe(TrainingResult result) {
        Evaluation e = result.evaluation();
        String how = switch (result.stopReason()) {
            case CONVERGED -> "Converged after %d epochs";
            case EPOCH_LIMIT -> "Stopped at the epoch limit after %d epochs (not converged)";
            case DIVERGED -> "Diverged after %d epochs";
            case CANCELLED -> "Cancelled after %d epochs";
        };
        String text = String.format(
                Locale.ROOT,
                how + " in %.1f s: test accuracy %.2f %%, test loss %.4f nats",
                result.epochs(),
                result.seconds(),
                100 * e.testAccuracy(),
                e.testLoss());
        return result.stopReason() == StopReason.DIVERGED ? text + "; lower the learning rate" : text;
    }
}
