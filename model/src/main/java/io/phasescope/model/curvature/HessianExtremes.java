package io.phasescope.model.curvature;

import io.phasescope.model.train.HessianProduct;
import io.phasescope.model.train.JobControl;

/**
 * The measurement behind {@link SweepSpectra} and {@link PathSpectra}: the extreme eigenvalues of ∇²E at one θ
 * (computed on ∇²L_λ by {@link Lanczos}, shifted back by 2λ) and optionally Hutchinson's trace of ∇²E.
 */
final class HessianExtremes {

    /**
     * @param top largest eigenvalues of ∇²E, descending (nats per squared parameter unit)
     * @param bottom smallest eigenvalues of ∇²E, ascending
     * @param trace Hutchinson's tr ∇²E, NaN when not asked for
     * @param traceError its standard error, NaN when not asked for
     * @param iterations Lanczos steps
     * @param converged whether every requested eigenvalue met the tolerance
     * @param seconds wall time
     */
    record Result(
            double[] top,
            double[] bottom,
            double trace,
            double traceError,
            int iterations,
            boolean converged,
            double seconds) {}

    private HessianExtremes() {}

    /**
     * Eigenvalues of ∇²E at {@code theta}, Lanczos run on ∇²E + 2λI (λ ≥ 0) so that its start matches L_λ's.
     *
     * @param product products in {@code settings.precision()}
     * @throws IllegalArgumentException when {@code product} computes in another precision than the settings ask
     */
    static Result measure(
            HessianProduct product, float[] theta, double lambda, SpectraSettings settings, JobControl control) {
        if (product.precision() != settings.precision()) {
            throw new IllegalArgumentException("the settings ask for "
                    + settings.precision().id() + " Hessian-vector products, the product given computes in "
                    + product.precision().id());
        }
        long start = System.nanoTime();
        Spectrum spectrum = Lanczos.extremes(
                new HessianOperator(product, theta, lambda),
                settings.top(),
                settings.bottom(),
                settings.tolerance(),
                settings.maxIterations(),
                settings.seed(),
                control);
        double trace = Double.NaN;
        double traceError = Double.NaN;
        if (settings.traceProbes() > 0) {
            TraceEstimate estimate = Hutchinson.trace(
                    new HessianOperator(product, theta, 0), settings.traceProbes(), settings.seed(), control);
            trace = estimate.trace();
            traceError = estimate.standardError();
        }
        double shift = -2 * lambda;
        return new Result(
                shifted(spectrum.top(), shift),
                shifted(spectrum.bottom(), shift),
                trace,
                traceError,
                spectrum.iterations(),
                spectrum.converged(),
                (System.nanoTime() - start) / 1e9);
    }

    private static double[] shifted(double[] values, double by) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] + by;
        }
        return out;
    }
}
