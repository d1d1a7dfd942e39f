package io.phasescope.model.curvature;

import io.phasescope.model.sweep.AppendOnlyCsv;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code path-spectra.csv} in a path folder: one row per t of {@code path.csv} whose Hessian spectrum was
 * computed, header {@code t,eig_max_E,eig_min_E,index_E,trace_E,trace_E_se,top_E,bottom_E,iterations,converged,images,seconds}.
 * Eigenvalues are of ∇²E at θ(t), in nats per squared parameter unit; {@code index_E} counts the computed ones
 * below zero; the other columns mean what they mean in {@link SpectraCsv}. Written as an {@link AppendOnlyCsv}
 * (by {@link PathSpectra}): rows survive a crash whole or not at all.
 */
public final class PathSpectraCsv {

    /** The file name in a path folder. */
    public static final String FILE = "path-spectra.csv";

    public static final String HEADER =
            "t,eig_max_E,eig_min_E,index_E,trace_E,trace_E_se,top_E,bottom_E,iterations," + "converged,images,seconds";

    private PathSpectraCsv() {}

    /** One row, without a line break. */
    public static String format(PathSpectrum s) {
        return String.join(
                ",",
                Double.toString(s.t()),
                Double.toString(s.maxE()),
                Double.toString(s.minE()),
                Integer.toString(s.index()),
                Double.toString(s.trace()),
                Double.toString(s.traceError()),
                SpectraCsv.list(s.top()),
                SpectraCsv.list(s.bottom()),
                Integer.toString(s.iterations()),
                Boolean.toString(s.converged()),
                Integer.toString(s.images()),
                String.format(Locale.ROOT, "%.3f", s.seconds()));
    }

    /** Every complete row, in file order (a torn last line is dropped and repaired). */
    public static List<PathSpectrum> read(Path file) throws IOException {
        return AppendOnlyCsv.read(file, HEADER, PathSpectraCsv::parse);
    }

    private static PathSpectrum parse(String[] c) {
        return new PathSpectrum(
                Double.parseDouble(c[0]),
                SpectraCsv.values(c[6]),
                SpectraCsv.values(c[7]),
                Double.parseDouble(c[4]),
                Double.parseDouble(c[5]),
                Integer.parseInt(c[8]),
                SpectraCsv.bool(c[9]),
                Integer.parseInt(c[10]),
                Double.parseDouble(c[11]));
    }
}
