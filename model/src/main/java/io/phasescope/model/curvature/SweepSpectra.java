package io.phasescope.model.curvature;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.PointKey;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepFormatException;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.train.HessianProduct;
import io.phasescope.model.train.JobControl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.DoubleStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hessian spectra along a sweep: for every point of {@code points.csv} whose parameters the folder kept
 * ({@code params/} or {@code state/}), the extreme eigenvalues of ∇²L_λ at the point's λ (by
 * {@link Lanczos}), those of ∇²E (shifted back by 2λ), the index of L_λ and optionally the trace of ∇²E
 * (by {@link Hutchinson}), appended to the folder's {@link SpectraCsv spectra.csv} one fsync'ed row at a
 * time. Points already in the file are skipped, so a cancelled or crashed run resumes where it stopped.
 * MLP sweeps only (exact Hessian-vector products exist for them). The products compute in
 * {@link SpectraSettings#precision()}; spectra.csv does not record it (the log does).
 */
public final class SweepSpectra {

    private static final Logger LOG = LoggerFactory.getLogger(SweepSpectra.class);

    private SweepSpectra() {}

    /**
     * Computes the missing spectra of {@code folder}.
     *
     * @param data the examples E averages over: the sweep's training set or a subset of it
     * @param listener told of each new row, on the calling thread
     * @param control checked between points and inside every Lanczos and Hutchinson step
     * @return every row of {@code spectra.csv}, old and new, in file order
     * @throws IllegalArgumentException for a sweep of a network other than an MLP, or data that does not fit it
     */
    public static List<PointSpectrum> run(
            SweepFolder folder,
            Dataset data,
            SpectraSettings settings,
            Consumer<PointSpectrum> listener,
            JobControl control)
            throws IOException {
        NetworkSpec mlp = mlp(folder);
        Path file = folder.root().resolve(SweepFolder.SPECTRA);
        SpectraCsv.create(file);
        Set<PointKey> done = new HashSet<>();
        for (PointSpectrum s : read(folder)) {
            done.add(s.key());
        }
        try (HessianProduct product = HessianProduct.of(settings.precision(), mlp, data)) {
            LOG.info(
                    "Spectra of {} on {} with {} Hessian-vector products",
                    folder.root(),
                    data,
                    settings.precision().id());
            for (SweepPoint point : folder.points()) {
                if (point.index() < 0 || !done.add(point.key())) {
                    continue;
                }
                control.checkpoint();
                Optional<float[]> theta = folder.parameters(point.branch(), point.seed(), point.index());
                if (theta.isPresent()) {
                    PointSpectrum s = measure(product, point, theta.get(), settings, control);
                    SpectraCsv.append(file, s);
                    LOG.info(
                            "{} seed {} λ = {}: λ_min(∇²E) = {}, λ_max(∇²E) = {}, index {}, {} steps, {} s",
                            point.branch().id(),
                            point.seed(),
                            point.lambda(),
                            s.minE(),
                            s.maxE(),
                            s.index(),
                            s.iterations(),
                            s.seconds());
                    listener.accept(s);
                }
            }
        }
        return read(folder);
    }

    /** The sweep's network, which must be an MLP (exact Hessian-vector products exist for MLPs only). */
    static NetworkSpec mlp(SweepFolder folder) {
        if (!(folder.spec().network() instanceof NetworkSpec mlp)) {
            throw new IllegalArgumentException("Hessian spectra need an MLP sweep; " + folder.root() + " holds a "
                    + folder.spec().network().describe());
        }
        return mlp;
    }

    /**
     * The rows of the sweep's {@code spectra.csv} (none when it has none), each checked against the sweep: the
     * spectrum of one of its points (branch, seed and λ of a row of points.csv), not twice, every eigenvalue finite.
     *
     * @throws SweepFormatException naming the file, the line and what is wrong
     */
    public static List<PointSpectrum> read(SweepFolder folder) throws IOException {
        Path file = folder.root().resolve(SweepFolder.SPECTRA);
        if (!Files.exists(file)) {
            return List.of();
        }
        List<PointSpectrum> rows = SpectraCsv.read(file);
        Set<PointKey> points = new HashSet<>();
        for (SweepPoint point : folder.points()) {
            points.add(point.key());
        }
        Map<PointKey, Integer> lines = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            PointSpectrum s = rows.get(i);
            String at = file + ": line " + (i + 2) + ": ";
            if (!points.contains(s.key())) {
                throw new SweepFormatException(at + s.key() + " is not a point of the sweep");
            }
            if (DoubleStream.concat(Arrays.stream(s.top()), Arrays.stream(s.bottom()))
                    .anyMatch(v -> !Double.isFinite(v))) {
                throw new SweepFormatException(at + "eigenvalues must be finite");
            }
            Integer earlier = lines.put(s.key(), i + 2);
            if (earlier != null) {
                throw new SweepFormatException(at + "repeats the spectrum of line " + earlier + " (" + s.key() + ")");
            }
        }
        return rows;
    }

    /**
     * The spectrum at one point with parameters {@code theta}, over the data {@code product} was made for.
     *
     * @param product Hessian-vector products in {@code settings.precision()}
     */
    public static PointSpectrum measure(
            HessianProduct product, SweepPoint point, float[] theta, SpectraSettings settings, JobControl control) {
        HessianExtremes.Result r = HessianExtremes.measure(product, theta, point.lambda(), settings, control);
        return new PointSpectrum(
                point.branch(),
                point.seed(),
                point.lambda(),
                r.top(),
                r.bottom(),
                r.trace(),
                r.traceError(),
                r.iterations(),
                r.converged(),
                product.examples(),
                r.seconds());
    }
}
