package io.phasescope.model.curvature;

/**
 * Extreme eigenpairs of a symmetric operator.
 *
 * @param top the k largest algebraic eigenvalues, descending
 * @param bottom the k smallest algebraic eigenvalues, ascending
 * @param largestMagnitude the k eigenvalues of largest |λ|, with their signs, by descending |λ| (empty unless asked
 *     for; no eigenvectors)
 * @param topVectors unit eigenvectors of {@code top}, same order
 * @param bottomVectors unit eigenvectors of {@code bottom}, same order
 * @param iterations Lanczos steps taken (operator applications)
 * @param converged whether every requested pair met the tolerance
 */
public record Spectrum(
        double[] top,
        double[] bottom,
        double[] largestMagnitude,
        float[][] topVectors,
        float[][] bottomVectors,
        int iterations,
        boolean converged) {

    /** The smallest eigenvalue found. */
    public double min() {
        return bottom.length > 0 ? bottom[0] : Double.NaN;
    }

    /** The largest eigenvalue found. */
    public double max() {
        return top.length > 0 ? top[0] : Double.NaN;
    }
}
