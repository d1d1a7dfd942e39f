package io.phasescope.app.cli;

import io.phasescope.model.curvature.MagnitudeSpectraCsv;
import io.phasescope.model.curvature.MagnitudeSpectrum;
import io.phasescope.model.curvature.SubsetSpread;
import io.phasescope.model.curvature.SubsetSpread.Stats;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code spectrum --summarize FILE[,FILE...]}: for every point and subset size of the rows of
 * {@link MagnitudeSpectraCsv} files, the mean, range and sample standard deviation of λ_min(∇²E) and λ_max(∇²E) over
 * those rows (subset seeds).
 */
final class SubsetSpreadTable {

    private SubsetSpreadTable() {}

    /** Reads the rows of {@code files} and prints one line per point and subset size. */
    static void print(PrintWriter out, List<Path> files) throws IOException {
        List<MagnitudeSpectrum> rows = new ArrayList<>();
        for (Path file : files) {
            rows.addAll(MagnitudeSpectraCsv.read(file));
        }
        List<SubsetSpread> spreads = SubsetSpread.of(rows);
        out.printf(
                "%s: λ_min(∇²E) and λ_max(∇²E) over the subset seeds of each point and size (mean, min–max, sd)%n",
                files.stream().map(Path::toString).collect(Collectors.joining(", ")));
        out.printf(
                "%-6s %4s %12s %7s %4s %4s  %-40s %-40s%n",
                "branch", "seed", "lambda", "images", "rows", "conv", "min_E", "max_E");
        for (SubsetSpread s : spreads) {
            out.printf(
                    Locale.ROOT,
                    "%-6s %4d %12.6g %7d %4d %4d  %-40s %-40s%n",
                    s.point().branch().id(),
                    s.point().seed(),
                    s.point().lambda(),
                    s.images(),
                    s.rows(),
                    s.converged(),
                    format(s.minE()),
                    format(s.maxE()));
        }
    }

    private static String format(Stats stats) {
        return String.format(
                Locale.ROOT, "%.5g [%.5g, %.5g] sd %.2g", stats.mean(), stats.min(), stats.max(), stats.sd());
    }
}
