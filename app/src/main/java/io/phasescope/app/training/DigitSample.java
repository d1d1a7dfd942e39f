package io.phasescope.app.training;

import java.util.List;

/**
 * One sample test image and what the network currently predicts for it.
 *
 * @param side the image is {@code side × side} pixels
 * @param pixels the normalized features, row-major; not to be modified
 * @param label the true class
 * @param predicted the predicted class, or {@link #NONE} before the first epoch
 * @param confidence the probability of the predicted class
 * @param classNames names of all classes, by index
 */
public record DigitSample(
        int side, float[] pixels, int label, int predicted, float confidence, List<String> classNames) {

    /** {@link #predicted()} before any prediction. */
    public static final int NONE = -1;

    public DigitSample {
        if (side < 1 || pixels == null || pixels.length != side * side) {
            throw new IllegalArgumentException(
                    "need " + side + "×" + side + " pixels, got " + (pixels == null ? "null" : pixels.length));
        }
        if (label < 0 || label >= classNames.size() || predicted < NONE || predicted >= classNames.size()) {
            throw new IllegalArgumentException(
                    "label " + label + " and prediction " + predicted + " must be classes of " + classNames);
        }
    }

    /** Whether a prediction was made. */
    public boolean hasPrediction() {
        return predicted != NONE;
    }

    /** Whether the prediction matches the label (false before any prediction). */
    public boolean correct() {
        return predicted == label;
    }

    /** The same image with a new prediction. */
    public DigitSample withPrediction(int newPredicted, float newConfidence) {
        return new DigitSample(side, pixels, label, newPredicted, newConfidence, classNames);
    }

    /** The true class name. */
    public String labelName() {
        return classNames.get(label);
    }

    /** The predicted class name, or an en dash before any prediction. */
    public String predictedName() {
        return hasPrediction() ? classNames.get(predicted) : "–";
    }
}
