package io.phasescope.model.curvature;

import io.phasescope.model.sweep.AppendOnlyCsv;
import io.phasescope.model.sweep.SweepMode.Branch;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code spectra.csv} in a sweep folder: one row per point whose Hessian spectrum was computed, header
 * {@code branch,seed,lambda,weight_decay,eig_max_E,eig_min_E,eig_max_L,eig_min_L,index_L,trace_E,trace_E_se,top_E,bottom_E,iterations,converged,images,seconds}.
 * Eigenvalues are of ∇²E (suffix {@code _E}) or of ∇²L_λ = ∇²E + 2λI ({@code _L}), in nats per squared
 * parameter unit; {@code index_L} counts the computed eigenvalues of ∇²L_λ below zero; {@code trace_E} and
 * its standard error are Hutchinson's ({@code NaN} when not computed); {@code top_E} (descending) and
 * {@code bottom_E} (ascending) list every computed eigenvalue of ∇²E, joined by {@code ;}; {@code images}
 * is the number of examples E averaged over. An {@link AppendOnlyCsv}: rows survive a crash whole or not at all.
 */
public final class SpectraCsv {

    public static final String HEADER =
            "branch,seed,lambda,weight_decay,eig_max_E,eig_min_E,eig_max_L,eig_min_L,index_L,"
                    + "trace_E,trace_E_se,top_E,bottom_E,iterations,converged,images,seconds";

    private SpectraCsv() {}

    /** Creates {@code file} holding only the header, unless it exists. */
    public static void create(Path file) throws IOException {
        AppendOnlyCsv.create(file, HEADER);
    }

    /** Appends one row, forced to disk. */
    public static void append(Path file, PointSpectrum s) throws IOException {
        AppendOnlyCsv.append(file, format(s));
    }

    /** One row, without a line break. */
    public static String format(PointSpectrum s) {
        return String.join(
                ",",
                point(s),
                Double.toString(s.maxE()),
                Double.toString(s.minE()),
                Double.toString(s.maxL()),
                Double.toString(s.minL()),
                Integer.toString(s.index()),
                Double.toString(s.trace()),
                Double.toString(s.traceError()),
                list(s.top()),
                list(s.bottom()),
                Integer.toString(s.iterations()),
                Boolean.toString(s.converged()),
                Integer.toString(s.images()),
                String.format(Locale.ROOT, "%.3f", s.seconds()));
    }

    /** The first four cells, {@code branch,seed,lambda,weight_decay}; shared with {@link MagnitudeSpectraCsv}. */
    static String point(PointSpectrum s) {
        return String.join(
                ",",
                s.branch().id(),
                Long.toString(s.seed()),
                Double.toString(s.lambda()),
                Double.toString(s.weightDecay()));
    }

    /** Every complete row, in file order (a torn last line is dropped and repaired). */
    public static List<PointSpectrum> read(Path file) throws IOException {
        return AppendOnlyCsv.read(file, HEADER, SpectraCsv::parse);
    }

    private static PointSpectrum parse(String[] c) {
        return new PointSpectrum(
                Branch.parse(c[0]),
                Long.parseLong(c[1]),
                Double.parseDouble(c[2]),
                values(c[11]),
                values(c[12]),
                Double.parseDouble(c[9]),
                Double.parseDouble(c[10]),
                Integer.parseInt(c[13]),
                bool(c[14]),
                Integer.parseInt(c[15]),
                Double.parseDouble(c[16]));
    }

    /** Eigenvalues joined by {@code ;} (empty for none); shared with {@link PathSpectraCsv}. */
    static String list(double[] values) {
        return Arrays.stream(values).mapToObj(Double::toString).collect(Collectors.joining(";"));
    }

    /** The inverse of {@link #list}. */
    static double[] values(String cell) {
        return cell.isEmpty()
                ? new double[0]
                : Arrays.stream(cell.split(";"))
                        .mapToDouble(Double::parseDouble)
                        .toArray();
    }

    /** {@code true} or {@code false}, anything else rejected. */
    static boolean bool(String cell) {
        if (!cell.equals("true") && !cell.equals("false")) {
            throw new IllegalArgumentException("converged must be true or false, was '" + cell + "'");
        }
        return Boolean.parseBoolean(cell);
    }
}
