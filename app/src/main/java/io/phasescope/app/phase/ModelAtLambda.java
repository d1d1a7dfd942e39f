package io.phasescope.app.phase;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.train.Evaluation;

/**
 * The trained model behind a sweep point, evaluated: what the model view shows.
 *
 * @param point the point selected
 * @param source the point whose model {@code evaluation} and the predictions describe: {@code point} itself when the
 *     sweep stored the point's details (confusion matrix and sample predictions) or for a probe, else (a sweep
 *     written before details were stored) the nearest point of its branch whose parameters the sweep kept;
 *     {@code null} when there is neither
 * @param kept the point whose kept parameters stand for this model where parameters are needed (adding it to the
 *     model library, warm-starting a probe): the nearest kept point of the branch, {@code point} itself when its
 *     parameters were kept; {@code null} when none were kept
 * @param evaluation metrics, per-class accuracy and confusion matrix of {@code source}'s model; {@code null} when
 *     {@code source} is
 * @param samples the sample test images
 * @param predicted the predicted class of each sample (empty without a model)
 * @param confidence the probability of each prediction (empty without a model)
 */
public record ModelAtLambda(
        SweepPoint point,
        SweepPoint source,
        SweepPoint kept,
        Evaluation evaluation,
        Dataset samples,
        int[] predicted,
        float[] confidence) {

    public ModelAtLambda {
        if (point == null || samples == null || predicted == null || confidence == null) {
            throw new IllegalArgumentException("point, samples, predicted and confidence must be given");
        }
        if ((source == null) != (evaluation == null)) {
            throw new IllegalArgumentException("an evaluation needs its source point and the other way round");
        }
    }

    /** The point alone: neither its details nor any parameters of its branch were kept. */
    static ModelAtLambda withoutParameters(SweepPoint point, Dataset samples) {
        return new ModelAtLambda(point, null, null, null, samples, new int[0], new float[0]);
    }

    /** Whether a model was evaluated. */
    public boolean hasModel() {
        return evaluation != null;
    }

    /** Whether what is shown is another point's model (an older sweep that stored no details of its points). */
    public boolean isNearestKept() {
        return source != null && source != point;
    }

    /** Whether actions that need parameters use another point's (the selected point's were not kept). */
    public boolean usesNearestParameters() {
        return kept != null && kept != point;
    }
}
