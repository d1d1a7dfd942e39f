package io.phasescope.model.curvature;

import io.phasescope.model.sweep.AppendOnlyCsv;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.train.Precision;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The file of {@code spectrum --sweep DIR --out-csv FILE} (e.g. {@code spectra-full.csv}): one row per sweep point
 * and data set, header {@value #HEADER}. {@code largest_magnitude_E} lists the eigenvalues of ∇²E of largest |λ| by
 * descending |λ| with their signs, {@code bottom_E} the smallest ascending, {@code top_E} the largest descending,
 * each joined by {@code ;}; {@code eig_min_E}, {@code eig_max_E} are the first of {@code bottom_E} and
 * {@code top_E}; {@code eig_min_L} = {@code eig_min_E} + 2λ and {@code index_L} counts the bottom eigenvalues of
 * ∇²L_λ below zero; {@code subset_seed} is empty when E averaged over the whole training set; {@code precision} is
 * {@code float} or {@code double}. An {@link AppendOnlyCsv}: rows survive a crash whole or not at all.
 */
public final class MagnitudeSpectraCsv {

    public static final String HEADER = "branch,seed,lambda,weight_decay,largest_magnitude_E,bottom_E,top_E,"
            + "eig_min_E,eig_max_E,eig_min_L,index_L,iterations,converged,images,subset_seed,precision,seconds";

    private MagnitudeSpectraCsv() {}

    /** One row, without a line break. */
    public static String format(MagnitudeSpectrum row) {
        PointSpectrum s = row.extremes();
        return String.join(
                ",",
                SpectraCsv.point(s),
                SpectraCsv.list(row.largestMagnitude()),
                SpectraCsv.list(s.bottom()),
                SpectraCsv.list(s.top()),
                Double.toString(s.minE()),
                Double.toString(s.maxE()),
                Double.toString(s.minL()),
                Integer.toString(s.index()),
                Integer.toString(s.iterations()),
                Boolean.toString(s.converged()),
                Integer.toString(s.images()),
                row.subsetSeed().isPresent() ? Long.toString(row.subsetSeed().getAsLong()) : "",
                row.precision().id(),
                String.format(Locale.ROOT, "%.3f", s.seconds()));
    }

    /** Every complete row, in file order (a torn last line is dropped and repaired). */
    public static List<MagnitudeSpectrum> read(Path file) throws IOException {
        return AppendOnlyCsv.read(file, HEADER, MagnitudeSpectraCsv::parse);
    }

    private static MagnitudeSpectrum parse(String[] c) {
        PointSpectrum extremes = new PointSpectrum(
                Branch.parse(c[0]),
                Long.parseLong(c[1]),
                Double.parseDouble(c[2]),
                SpectraCsv.values(c[6]),
                SpectraCsv.values(c[5]),
                Double.NaN,
                Double.NaN,
                Integer.parseInt(c[11]),
                SpectraCsv.bool(c[12]),
                Integer.parseInt(c[13]),
                Double.parseDouble(c[16]));
        OptionalLong subsetSeed = c[14].isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(c[14]));
        return new MagnitudeSpectrum(extremes, SpectraCsv.values(c[4]), subsetSeed, Precision.parse(c[15]));
    }
}
