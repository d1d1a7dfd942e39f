package io.phasescope.app.cli;

import io.phasescope.model.train.EpochMetrics;
import io.phasescope.model.train.Evaluation;
import io.phasescope.model.train.TrainingResult;
import java.io.IOException;
import java.util.List;

/**
 * {@code metrics.json}: the final evaluation of a training run and its per-epoch history. Losses are
 * mean cross-entropy in nats, accuracies fractions in [0, 1], λ in Phasescope's units (β = 2λ).
 */
final class MetricsFile {

    static final String NAME = "metrics.json";

    private MetricsFile() {}

    /** The file's content; field names are the format. */
    record Metrics(
            double lambda,
            double weightDecay,
            double trainLoss,
            double regLoss,
            double testLoss,
            double trainAccuracy,
            double testAccuracy,
            double[] perClassAccuracy,
            int[][] confusion,
            double norm,
            double distRef,
            int epochs,
            boolean converged,
            String stopReason,
            double seconds,
            List<Epoch> history) {}

    /** One epoch of the history. */
    record Epoch(
            int epoch,
            double objective,
            double trainLoss,
            double testLoss,
            double testAccuracy,
            double norm,
            double seconds) {}

    /** The file's bytes for {@code result}. */
    static byte[] bytes(TrainingResult result) throws IOException {
        Evaluation e = result.evaluation();
        List<Epoch> history = result.history().stream().map(MetricsFile::epoch).toList();
        Metrics metrics = new Metrics(
                e.lambda(),
                e.weightDecay(),
                e.trainLoss(),
                e.regLoss(),
                e.testLoss(),
                e.trainAccuracy(),
                e.testAccuracy(),
                e.perClassAccuracy(),
                e.confusion(),
                e.norm(),
                e.distRef(),
                result.epochs(),
                result.converged(),
                result.stopReason().id(),
                result.seconds(),
                history);
        return Json.MAPPER.writeValueAsBytes(metrics);
    }

    private static Epoch epoch(EpochMetrics m) {
        Evaluation e = m.evaluation();
        return new Epoch(
                m.epoch(),
                m.objective(),
                e == null ? Double.NaN : e.trainLoss(),
                e == null ? Double.NaN : e.testLoss(),
                e == null ? Double.NaN : e.testAccuracy(),
                e == null ? Double.NaN : e.norm(),
                m.seconds());
    }
}
