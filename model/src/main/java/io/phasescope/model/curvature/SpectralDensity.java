package io.phasescope.model.curvature;

/**
 * A discrete spectral measure from {@link StochasticLanczosQuadrature}: Gauss nodes (Ritz values, in the
 * operator's eigenvalue units) and their weights, which are ≥ 0 and sum to 1, so that Σ_k w_k·f(t_k)
 * estimates (1/n)·Σ_i f(λ_i).
 *
 * @param nodes quadrature nodes, all probes together, each probe's ascending
 * @param weights weight of each node, same length
 * @param probes the number of probes
 * @param steps the Lanczos steps asked for per probe
 */
public record SpectralDensity(double[] nodes, double[] weights, int probes, int steps) {

    public SpectralDensity {
        if (nodes.length != weights.length || nodes.length == 0) {
            throw new IllegalArgumentException("need as many weights as nodes, ≥ 1, were " + nodes.length + " nodes, "
                    + weights.length + " weights");
        }
    }

    static SpectralDensity of(double[][] nodesPerProbe, double[][] weightsPerProbe, int steps) {
        int total = 0;
        for (double[] probeNodes : nodesPerProbe) {
            total += probeNodes.length;
        }
        double[] nodes = new double[total];
        double[] weights = new double[total];
        int at = 0;
        for (int p = 0; p < nodesPerProbe.length; p++) {
            System.arraycopy(nodesPerProbe[p], 0, nodes, at, nodesPerProbe[p].length);
            System.arraycopy(weightsPerProbe[p], 0, weights, at, weightsPerProbe[p].length);
            at += nodesPerProbe[p].length;
        }
        return new SpectralDensity(nodes, weights, nodesPerProbe.length, steps);
    }

    /** Σ_k w_k·t_k^j: the estimate of (1/n)·tr(Aʲ); j = 1 gives the mean eigenvalue tr(A)/n. */
    public double moment(int j) {
        if (j < 0) {
            throw new IllegalArgumentException("moment order must be >= 0, was " + j);
        }
        double sum = 0;
        for (int k = 0; k < nodes.length; k++) {
            sum += weights[k] * Math.pow(nodes[k], j);
        }
        return sum;
    }

    /**
     * The density smoothed by a Gaussian of standard deviation {@code sigma} (eigenvalue units, &gt; 0),
     * evaluated at {@code grid}: φ(t) = Σ_k w_k·exp(−(t − t_k)²/2σ²)/(σ√2π), which integrates to 1 over
     * the real line.
     */
    public double[] broadened(double[] grid, double sigma) {
        if (!(sigma > 0)) {
            throw new IllegalArgumentException("sigma must be > 0, was " + sigma);
        }
        double norm = 1 / (sigma * Math.sqrt(2 * Math.PI));
        double[] density = new double[grid.length];
        for (int g = 0; g < grid.length; g++) {
            double sum = 0;
            for (int k = 0; k < nodes.length; k++) {
                double z = (grid[g] - nodes[k]) / sigma;
                sum += weights[k] * Math.exp(-0.5 * z * z);
            }
            density[g] = sum * norm;
        }
        return density;
    }

    /** The default smoothing width for {@link #broadened}: a hundredth of the nodes' range (at least 1e-12). */
    public double defaultSigma() {
        return Math.max(maxNode() - minNode(), 1e-12) / 100;
    }

    /**
     * {@code points} evenly spaced eigenvalues (≥ 2) from 3σ below the smallest node to 3σ above the largest:
     * where {@link #broadened} with width {@code sigma} is worth evaluating.
     */
    public double[] grid(int points, double sigma) {
        if (points < 2 || !(sigma > 0)) {
            throw new IllegalArgumentException("need points >= 2 and sigma > 0, were " + points + ", " + sigma);
        }
        double lo = minNode() - 3 * sigma;
        double hi = maxNode() + 3 * sigma;
        double[] grid = new double[points];
        for (int g = 0; g < points; g++) {
            grid[g] = lo + (hi - lo) * g / (points - 1);
        }
        return grid;
    }

    /** The smallest node; Ritz values lie inside the spectrum, so this is ≥ λ_min (and close to it after enough steps). */
    public double minNode() {
        double min = Double.POSITIVE_INFINITY;
        for (double t : nodes) {
            min = Math.min(min, t);
        }
        return min;
    }

    /** The largest node, ≤ λ_max. */
    public double maxNode() {
        double max = Double.NEGATIVE_INFINITY;
        for (double t : nodes) {
            max = Math.max(max, t);
        }
        return max;
    }
}
