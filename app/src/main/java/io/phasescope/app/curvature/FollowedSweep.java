package io.phasescope.app.curvature;

import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.model.sweep.PointKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sweep the Curvature view follows: its last reading ({@link SweepSnapshot}: spec, kept points) and the spectra
 * rows so far, with how many kept points have one. Changed on the UI thread only.
 */
public final class FollowedSweep {

    private final List<PointSpectrum> rows = new ArrayList<>();
    private SweepSnapshot snapshot;

    /** Follows nothing (until the next reading). */
    public void clear() {
        snapshot = null;
        rows.clear();
    }

    /** Shows a reading of the sweep, with its rows. */
    public void show(SweepSnapshot read) {
        snapshot = read;
        rows.clear();
        rows.addAll(read.rows());
    }

    /** Replaces the rows by {@code all}. */
    public void setRows(List<PointSpectrum> all) {
        rows.clear();
        rows.addAll(all);
    }

    public void addRow(PointSpectrum row) {
        rows.add(row);
    }

    /** Keeps the rows so far in the snapshot (after a job ended). */
    public void keepRows() {
        snapshot = snapshot.withRows(List.copyOf(rows));
    }

    /** The last reading, or {@code null} before one. */
    public SweepSnapshot snapshot() {
        return snapshot;
    }

    /** Whether the sweep followed (read already) lives in {@code root}. */
    public boolean isAt(Path root) {
        return snapshot != null && root.equals(snapshot.root());
    }

    /** The rows so far, in file order (a live view: copy to keep). */
    public List<PointSpectrum> rows() {
        return rows;
    }

    /** Kept points with a row in spectra.csv (rows of points no longer kept aside). */
    public int done() {
        return snapshot.kept().size() - missing();
    }

    /** Kept points without a row in spectra.csv. */
    public int missing() {
        Set<PointKey> done = new HashSet<>();
        rows.forEach(r -> done.add(r.key()));
        return (int)
                snapshot.kept().stream().filter(p -> !done.contains(p.key())).count();
    }

    /** The fraction of kept points with spectra, in [0, 1]. */
    public double fraction() {
        int total = snapshot.kept().size();
        return total == 0 ? 0 : done() / (double) total;
    }

    /** Rows where L_λ has a saddle (index ≥ 1). */
    public int saddles() {
        return (int) rows.stream().filter(r -> r.index() > 0).count();
    }
}
