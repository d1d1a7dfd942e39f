package io.phasescope.model.sweep;

import io.phasescope.model.io.AtomicFiles;
import io.phasescope.model.io.CsvRows;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code transitions.csv}: {@code branch,seed,lambda_c,lambda_lo,lambda_hi,norm_before,norm_after,acc_before,acc_after,classes_lost},
 * λ in Phasescope's units, classes lost as digits joined by {@code ;}. The bracket is written in ascending λ
 * ({@code lambda_lo < lambda_hi}) on every branch: a down branch crosses it from {@code lambda_hi} to
 * {@code lambda_lo}. The last column, {@code kind}, is {@code full} or {@code partial} (see {@link TransitionKind});
 * files written before it existed lack it, and their rows are full transitions.
 */
public final class TransitionsCsv {

    /** The header of files written before the {@code kind} column existed. */
    public static final String LEGACY_HEADER =
            "branch,seed,lambda_c,lambda_lo,lambda_hi,norm_before,norm_after,acc_before,acc_after,classes_lost";

    public static final String HEADER = LEGACY_HEADER + ",kind";

    private TransitionsCsv() {}

    /**
     * The critical λ and brackets of {@code file} applied to the matching detected transitions (same branch,
     * seed and kind, and a bracket inside the detected one): how refined values written by {@code transitions --refine}
     * come back. Transitions without a match are returned unchanged.
     */
    public static List<Transition> read(Path file, List<Transition> detected) throws IOException {
        List<CsvRows.Row> lines;
        try {
            lines = CsvRows.parse(java.nio.file.Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new SweepFormatException(e.getMessage(), e);
        }
        String first = CsvRows.header(lines);
        if (!(first.equals(HEADER) || first.equals(LEGACY_HEADER))) {
            throw new SweepFormatException(file + ": line 1 must be the header '" + HEADER + "'");
        }
        List<Transition> result = new java.util.ArrayList<>();
        for (Transition t : detected) {
            Transition match = t;
            for (CsvRows.Row line : lines.subList(1, lines.size())) {
                String[] cells = line.cells();
                try {
                    double lo = Double.parseDouble(cells[3]);
                    double hi = Double.parseDouble(cells[4]);
                    boolean inside = Math.min(lo, hi) >= Math.min(t.lambdaLo(), t.lambdaHi()) - 1e-12
                            && Math.max(lo, hi) <= Math.max(t.lambdaLo(), t.lambdaHi()) + 1e-12;
                    TransitionKind kind = cells.length > 10 ? TransitionKind.parse(cells[10]) : TransitionKind.FULL;
                    if (cells[0].equals(t.branch().id())
                            && Long.parseLong(cells[1]) == t.seed()
                            && kind == t.kind()
                            && inside) {
                        boolean descending = t.lambdaLo() > t.lambdaHi();
                        match = t.refined(
                                descending ? Math.max(lo, hi) : Math.min(lo, hi),
                                descending ? Math.min(lo, hi) : Math.max(lo, hi));
                    }
                } catch (RuntimeException e) {
                    throw new SweepFormatException(
                            file + ": line " + line.line() + " is malformed: '" + String.join(",", cells) + "'", e);
                }
            }
            result.add(match);
        }
        return result;
    }

    /** Writes the file atomically. */
    public static void write(Path file, List<Transition> transitions) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (Transition t : transitions) {
            text.append(t.branch().id())
                    .append(',')
                    .append(t.seed())
                    .append(',')
                    .append(t.lambdaC())
                    .append(',')
                    .append(t.bracketLow())
                    .append(',')
                    .append(t.bracketHigh())
                    .append(',')
                    .append(t.normBefore())
                    .append(',')
                    .append(t.normAfter())
                    .append(',')
                    .append(t.accBefore())
                    .append(',')
                    .append(t.accAfter())
                    .append(',')
                    .append(t.classesLost().stream().map(String::valueOf).collect(Collectors.joining(";")))
                    .append(',')
                    .append(t.kind().id())
                    .append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }
}
