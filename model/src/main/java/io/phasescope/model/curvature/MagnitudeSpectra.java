package io.phasescope.model.curvature;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.AppendOnlyCsv;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepFormatException;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.train.HessianProduct;
import io.phasescope.model.train.JobControl;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The eigenvalues of largest magnitude of ∇²E, with the top and bottom ones, at chosen kept points of a sweep, on
 * the training set or a stratified subset of it, appended to a {@link MagnitudeSpectraCsv} file one fsync'ed row at
 * a time. Lanczos runs on ∇²E itself (not ∇²L_λ, whose eigenvalues of largest magnitude differ), so the tolerance
 * is relative to the eigenvalues of ∇²E; λ_min(∇²L_λ) follows by adding 2λ. Rows already in the file (same point,
 * number of images and subset seed) are skipped, so a cancelled or crashed run resumes; one file holds one
 * precision. MLP sweeps only.
 */
public final class MagnitudeSpectra {

    private static final Logger LOG = LoggerFactory.getLogger(MagnitudeSpectra.class);

    private MagnitudeSpectra() {}

    /**
     * Computes the rows of {@code points} missing from {@code file}.
     *
     * @param points kept points of {@code folder} (see {@code PointSelection}); one without parameters is refused
     * @param data the examples E averages over
     * @param subsetSeed the seed {@code data} was drawn with, empty when it is the whole training set
     * @param largestMagnitude eigenvalues of largest |λ| wanted, in [0, settings.maxIterations()]
     * @param settings top, bottom, tolerance, steps, start seed and precision; no trace probes
     * @param listener told of each new row, on the calling thread
     * @param control checked between points and inside every Lanczos step
     * @return every row of {@code file}, old and new, in file order
     * @throws IllegalArgumentException for a sweep of a network other than an MLP, trace probes, a count out of
     *     range, or a point without kept parameters
     * @throws SweepFormatException for a malformed file, or one holding rows of another precision
     */
    public static List<MagnitudeSpectrum> run(
            SweepFolder folder,
            List<SweepPoint> points,
            Dataset data,
            OptionalLong subsetSeed,
            int largestMagnitude,
            SpectraSettings settings,
            Path file,
            Consumer<MagnitudeSpectrum> listener,
            JobControl control)
            throws IOException {
        NetworkSpec mlp = SweepSpectra.mlp(folder);
        if (largestMagnitude < 0 || largestMagnitude > settings.maxIterations() || settings.traceProbes() != 0) {
            throw new IllegalArgumentException("need 0 <= largestMagnitude <= maxIterations = "
                    + settings.maxIterations() + " and no trace probes, were " + largestMagnitude + " and "
                    + settings.traceProbes() + " probes");
        }
        AppendOnlyCsv.create(file, MagnitudeSpectraCsv.HEADER);
        Set<MagnitudeSpectrum.Key> done = new HashSet<>();
        for (MagnitudeSpectrum row : MagnitudeSpectraCsv.read(file)) {
            if (row.precision() != settings.precision()) {
                throw new SweepFormatException(
                        file + " holds " + row.precision().id() + " rows; write "
                                + settings.precision().id() + " spectra to another file");
            }
            done.add(row.key());
        }
        try (HessianProduct product = HessianProduct.of(settings.precision(), mlp, data)) {
            LOG.info(
                    "Largest-magnitude spectra of {} on {} with {} products",
                    folder.root(),
                    data,
                    settings.precision().id());
            for (SweepPoint point : points) {
                MagnitudeSpectrum.Key key = new MagnitudeSpectrum.Key(point.key(), data.size(), subsetSeed);
                if (done.add(key)) {
                    control.checkpoint();
                    Optional<float[]> theta = folder.parameters(point.branch(), point.seed(), point.index());
                    MagnitudeSpectrum row = measure(
                            product,
                            point,
                            theta.orElseThrow(() -> new IllegalArgumentException(
                                    folder.root() + " keeps no parameters of " + point.key())),
                            subsetSeed,
                            largestMagnitude,
                            settings,
                            control);
                    AppendOnlyCsv.append(file, MagnitudeSpectraCsv.format(row));
                    listener.accept(row);
                }
            }
        }
        return MagnitudeSpectraCsv.read(file);
    }

    /** The row at one point with parameters {@code theta}, over the data {@code product} was made for. */
    static MagnitudeSpectrum measure(
            HessianProduct product,
            SweepPoint point,
            float[] theta,
            OptionalLong subsetSeed,
            int largestMagnitude,
            SpectraSettings settings,
            JobControl control) {
        long start = System.nanoTime();
        Spectrum spectrum = Lanczos.extremes(
                new HessianOperator(product, theta, 0),
                settings.top(),
                settings.bottom(),
                largestMagnitude,
                settings.tolerance(),
                settings.maxIterations(),
                settings.seed(),
                control);
        PointSpectrum extremes = new PointSpectrum(
                point.branch(),
                point.seed(),
                point.lambda(),
                spectrum.top(),
                spectrum.bottom(),
                Double.NaN,
                Double.NaN,
                spectrum.iterations(),
                spectrum.converged(),
                product.examples(),
                (System.nanoTime() - start) / 1e9);
        return new MagnitudeSpectrum(extremes, spectrum.largestMagnitude(), subsetSeed, settings.precision());
    }
}
