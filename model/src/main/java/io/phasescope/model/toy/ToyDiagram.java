package io.phasescope.model.toy;

/**
 * The phase diagram of a {@link DeepLinearToy} on a λ grid, as plain arrays of the grid's length. Norms are
 * Euclidean norms ‖w‖ of balanced points; losses are L_λ; NaN marks a branch that does not exist at that λ.
 *
 * @param lambda the grid, λ ≥ 0 (β = 2λ)
 * @param globalNorm ‖w‖ of the global minimum (0 in the trivial phase)
 * @param globalLoss L_λ of the global minimum
 * @param minimumNorm ‖w‖ of the non-zero local minimum (global or metastable), NaN past the fold
 * @param minimumLoss its L_λ
 * @param saddleNorm ‖w‖ of the non-zero saddle between it and the origin (depth ≥ 3), NaN where absent
 * @param saddleLoss its L_λ
 * @param trivialLoss L_λ(0) = s²/2
 * @param trivialCurvature the smallest Hessian eigenvalue at the origin: 2λ − s at depth 2, 2λ deeper
 * @param upNorm ‖w‖ reached by raising λ from the trained network: the non-zero minimum while it exists, then 0
 * @param downNorm ‖w‖ reached by lowering λ from the origin: the origin while it is a strict local minimum
 *     (λ &gt; 0 at depth ≥ 3, λ ≥ λ_c at depth 2), otherwise the non-zero minimum
 * @param criticalLambda λ_c, where the global minimum changes branch
 * @param foldLambda λ_fold, where the non-zero minimum merges with the saddle (= λ_c at depth 2)
 */
public record ToyDiagram(
        double[] lambda,
        double[] globalNorm,
        double[] globalLoss,
        double[] minimumNorm,
        double[] minimumLoss,
        double[] saddleNorm,
        double[] saddleLoss,
        double[] trivialLoss,
        double[] trivialCurvature,
        double[] upNorm,
        double[] downNorm,
        double criticalLambda,
        double foldLambda) {

    /** Evaluates {@code toy} at every λ of {@code lambdas} (each ≥ 0, any order). */
    public static ToyDiagram of(DeepLinearToy toy, double[] lambdas) {
        int count = lambdas.length;
        double[] globalNorm = new double[count];
        double[] globalLoss = new double[count];
        double[] minimumNorm = new double[count];
        double[] minimumLoss = new double[count];
        double[] saddleNorm = new double[count];
        double[] saddleLoss = new double[count];
        double[] trivialLoss = new double[count];
        double[] trivialCurvature = new double[count];
        double[] upNorm = new double[count];
        double[] downNorm = new double[count];
        double trivial = toy.balancedLoss(0, 0);
        for (int k = 0; k < count; k++) {
            double l = lambdas[k];
            double minimum = toy.minimum(l);
            double saddle = toy.saddle(l);
            minimumNorm[k] = toy.norm(minimum);
            minimumLoss[k] = Double.isNaN(minimum) ? Double.NaN : toy.balancedLoss(minimum, l);
            saddleNorm[k] = toy.norm(saddle);
            saddleLoss[k] = Double.isNaN(saddle) ? Double.NaN : toy.balancedLoss(saddle, l);
            trivialLoss[k] = trivial;
            double[] atOrigin = toy.balancedHessianEigenvalues(0, l);
            trivialCurvature[k] = Math.min(atOrigin[0], atOrigin[1]);
            boolean nonZeroWins = minimumLoss[k] < trivial;
            globalNorm[k] = nonZeroWins ? minimumNorm[k] : 0;
            globalLoss[k] = nonZeroWins ? minimumLoss[k] : trivial;
            upNorm[k] = Double.isNaN(minimum) ? 0 : minimumNorm[k];
            downNorm[k] = trivialCurvature[k] > 0 ? 0 : upNorm[k];
        }
        return new ToyDiagram(
                lambdas.clone(),
                globalNorm,
                globalLoss,
                minimumNorm,
                minimumLoss,
                saddleNorm,
                saddleLoss,
                trivialLoss,
                trivialCurvature,
                upNorm,
                downNorm,
                toy.criticalLambda(),
                toy.foldLambda());
    }
}
