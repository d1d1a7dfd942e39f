package io.phasescope.model.curvature;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.AppendOnlyCsv;
import io.phasescope.model.train.HessianProduct;
import io.phasescope.model.train.JobControl;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hessian spectra of E along a path θ(t) between two minima (linear, Bézier or Pathfinder): at every t, the
 * extreme eigenvalues of ∇²E (by {@link Lanczos}) and optionally its trace (by {@link Hutchinson}), appended to
 * {@link PathSpectraCsv path-spectra.csv} one fsync'ed row at a time. Values of t already in the file are
 * skipped, so a cancelled or crashed run resumes where it stopped. λ_min(∇²E) &lt; 0 marks where E curves
 * down along some direction: near the top of a barrier, a saddle region. MLPs only. The products compute in
 * {@link SpectraSettings#precision()}; path-spectra.csv does not record it (the log does).
 */
public final class PathSpectra {

    private static final Logger LOG = LoggerFactory.getLogger(PathSpectra.class);

    private PathSpectra() {}

    /**
     * Computes the spectra missing from {@code file} (created if absent).
     *
     * @param network the architecture of every θ(t)
     * @param path θ(t), called once per missing t
     * @param t the path parameters to measure, in the order to measure them (finite, no duplicates)
     * @param data the examples E averages over
     * @param listener told of each new row, on the calling thread
     * @param control checked between points and inside every Lanczos and Hutchinson step
     * @return every row of the file, old and new, in file order
     * @throws IllegalArgumentException for a non-finite or repeated t, or data that does not fit the network
     */
    public static List<PathSpectrum> run(
            Path file,
            NetworkSpec network,
            DoubleFunction<float[]> path,
            double[] t,
            Dataset data,
            SpectraSettings settings,
            Consumer<PathSpectrum> listener,
            JobControl control)
            throws IOException {
        Set<Long> wanted = new HashSet<>();
        for (double at : t) {
            if (!Double.isFinite(at) || !wanted.add(Double.doubleToLongBits(at))) {
                throw new IllegalArgumentException(
                        "t values must be finite and distinct, got " + at + " twice or" + " non-finite");
            }
        }
        AppendOnlyCsv.create(file, PathSpectraCsv.HEADER);
        Set<Long> done = new HashSet<>();
        for (PathSpectrum s : PathSpectraCsv.read(file)) {
            done.add(Double.doubleToLongBits(s.t()));
        }
        try (HessianProduct product = HessianProduct.of(settings.precision(), network, data)) {
            LOG.info(
                    "Spectra along {} on {} with {} Hessian-vector products",
                    file,
                    data,
                    settings.precision().id());
            for (double at : t) {
                if (!done.add(Double.doubleToLongBits(at))) {
                    continue;
                }
                control.checkpoint();
                float[] theta = path.apply(at);
                if (theta.length != network.parameterCount()) {
                    throw new IllegalArgumentException("θ(" + at + ") has " + theta.length + " parameters, "
                            + network.describe() + " " + network.parameterCount());
                }
                HessianExtremes.Result r = HessianExtremes.measure(product, theta, 0, settings, control);
                PathSpectrum s = new PathSpectrum(
                        at,
                        r.top(),
                        r.bottom(),
                        r.trace(),
                        r.traceError(),
                        r.iterations(),
                        r.converged(),
                        product.examples(),
                        r.seconds());
                AppendOnlyCsv.append(file, PathSpectraCsv.format(s));
                LOG.info(
                        "t = {}: λ_min(∇²E) = {}, λ_max(∇²E) = {}, {} steps, {} s",
                        at,
                        s.minE(),
                        s.maxE(),
                        s.iterations(),
                        s.seconds());
                listener.accept(s);
            }
        }
        return PathSpectraCsv.read(file);
    }
}
