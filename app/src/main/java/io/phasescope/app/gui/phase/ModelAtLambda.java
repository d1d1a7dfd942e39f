package io.phasescope.app.gui.phase;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.train.Evaluation;

/**
 * The trained model behind a sweep point, evaluated: what the model view shows.
 *
 * @param point the point selected
 * @param source the point whose parameters were evaluated: {@code point} itself, or the nearest point of its
 *     branch whose parameters the sweep kept; {@code null} when none were kept
 * @param evaluation metrics, per-class accuracy and confusion matrix of {@code source}'s model; {@code null}
 *     when no parameters were kept
 * @param samples the sample test images
 * @param predicted the predicted class of each sample (empty without a model)
 * @param confidence the probability of each prediction (empty without a model)
 */
public record ModelAtLambda(
        SweepPoint point,
        SweepPoint source,
        Evaluation evaluation,
        Dataset samples,
        int[] predicted,
        float[] confidence) {

    public ModelAtLambda {
        if (point == null || samples == null || predicted == null || confidence == null) {
            throw new IllegalArgumentException("point, samples, predicted and confidence must be given");
        }
    }

    /** The point alone: its parameters were not kept. */
    static ModelAtLambda withoutParameters(SweepPoint point, Dataset samples) {
        return new ModelAtLambda(point, null, null, samples, new int[0], new float[0]);
    }

    /** Whether a model was evaluated. */
    public boolean hasModel() {
        return evaluation != null;
    }

    /** Whether the model evaluated is another point's (the selected point's parameters were not kept). */
    public boolean isNearestKept() {
        return source != null && source != point;
    }
}
