package io.phasescope.model.train;

/**
 * Metrics of one model on its training and test data. Losses are mean cross-entropy in nats;
 * accuracies are fractions in [0, 1]; λ is in Phasescope's units (weight decay β = 2λ).
 *
 * @param lambda the L2 strength λ the objective was evaluated with
 * @param trainLoss E on the training set
 * @param regLoss {@code L_λ = E_train + λ‖θ − θ_ref‖²}
 * @param testLoss E on the test set
 * @param trainAccuracy accuracy on the training set
 * @param testAccuracy accuracy on the test set
 * @param perClassAccuracy test accuracy of each true class (recall); NaN for a class absent from the test set
 * @param confusion test confusion counts, {@code confusion[true][predicted]}
 * @param norm ‖θ‖ over all weights and biases
 * @param distRef ‖θ − θ_ref‖ (equals {@code norm} when θ_ref = 0)
 */
public record Evaluation(
        double lambda,
        double trainLoss,
        double regLoss,
        double testLoss,
        double trainAccuracy,
        double testAccuracy,
        double[] perClassAccuracy,
        int[][] confusion,
        double norm,
        double distRef) {

    /** Weight decay β = 2λ. */
    public double weightDecay() {
        return 2 * lambda;
    }
}
