package io.phasescope.model.landscape;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.train.Evaluator;
import io.phasescope.model.train.Predictions;

/**
 * What a slice shows at each point.
 *
 * @param kind the quantity
 * @param lambda λ of {@code L_λ = E + λ‖θ‖²} (used by {@link Kind#REGULARIZED_LOSS}; β = 2λ)
 * @param classIndex the class of {@link Kind#CLASS_ERROR}
 */
public record SliceQuantity(Kind kind, double lambda, int classIndex) {

    /** The quantities a slice can show. */
    public enum Kind {
        /** E: mean cross-entropy in nats. */
        LOSS,
        /** L_λ = E + λ‖θ‖², nats. */
        REGULARIZED_LOSS,
        /** 1 − accuracy. */
        ERROR,
        /** 1 − accuracy on one class. */
        CLASS_ERROR
    }

    public SliceQuantity {
        if (kind == null) {
            throw new IllegalArgumentException("kind must be given");
        }
        if (!(lambda >= 0) || !Double.isFinite(lambda)) {
            throw new IllegalArgumentException("lambda must be finite and >= 0, was " + lambda);
        }
        if (classIndex < 0) {
            throw new IllegalArgumentException("classIndex must be >= 0, was " + classIndex);
        }
    }

    public static SliceQuantity loss() {
        return new SliceQuantity(Kind.LOSS, 0, 0);
    }

    public static SliceQuantity error() {
        return new SliceQuantity(Kind.ERROR, 0, 0);
    }

    /** The quantity at parameters θ given the network's predictions on {@code data}. */
    double value(Predictions predictions, Dataset data, float[] theta) {
        return switch (kind) {
            case LOSS -> predictions.meanLoss();
            case REGULARIZED_LOSS -> predictions.meanLoss() + lambda * Evaluator.squaredDistance(theta, null);
            case ERROR -> 1 - Evaluator.accuracy(predictions, data);
            case CLASS_ERROR -> classError(predictions, data);
        };
    }

    private double classError(Predictions predictions, Dataset data) {
        if (classIndex >= data.classCount()) {
            throw new IllegalArgumentException(
                    "class " + classIndex + " outside the " + data.classCount() + " classes of " + data);
        }
        int total = 0;
        int wrong = 0;
        for (int i = 0; i < data.size(); i++) {
            if (data.labels()[i] == classIndex) {
                total++;
                if (predictions.predicted()[i] != classIndex) {
                    wrong++;
                }
            }
        }
        return total == 0 ? Double.NaN : (double) wrong / total;
    }

    /** Label for axes and files, e.g. {@code "E (nats)"}, {@code "L_λ (nats), λ = 0.001"}. */
    public String label() {
        return switch (kind) {
            case LOSS -> "E (nats)";
            case REGULARIZED_LOSS -> "L_λ (nats), λ = " + lambda + " (β = " + 2 * lambda + ")";
            case ERROR -> "error (1 − accuracy)";
            case CLASS_ERROR -> "error on class " + classIndex;
        };
    }
}
