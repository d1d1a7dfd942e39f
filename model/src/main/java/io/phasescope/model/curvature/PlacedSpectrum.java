package io.phasescope.model.curvature;

import io.phasescope.model.sweep.SweepPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A row of {@code spectra.csv} joined with its sweep point, so that it can be placed against ‖θ‖ or
 * ‖θ − θ_ref‖ as well as against λ (the paper's Figure 3). spectra.csv does not repeat those columns; the
 * join is by (branch, seed, λ), λ compared bit for bit (both files write it with {@link Double#toString}).
 *
 * @param spectrum the row
 * @param norm ‖θ‖ of the point, NaN when the sweep has no point with the row's branch, seed and λ
 * @param distRef ‖θ − θ_ref‖ of the point, NaN likewise
 */
public record PlacedSpectrum(PointSpectrum spectrum, double norm, double distRef) {

    /** Each row of {@code rows}, in order, with the ‖θ‖ and ‖θ − θ_ref‖ of its point among {@code points}. */
    public static List<PlacedSpectrum> join(List<PointSpectrum> rows, List<SweepPoint> points) {
        if (rows == null || points == null) {
            throw new IllegalArgumentException("rows and points must be given, were " + rows + ", " + points);
        }
        Map<String, SweepPoint> byKey = new HashMap<>();
        for (SweepPoint p : points) {
            byKey.putIfAbsent(key(p.branch().id(), p.seed(), p.lambda()), p);
        }
        List<PlacedSpectrum> placed = new ArrayList<>(rows.size());
        for (PointSpectrum r : rows) {
            SweepPoint p = byKey.get(key(r.branch().id(), r.seed(), r.lambda()));
            placed.add(new PlacedSpectrum(r, p == null ? Double.NaN : p.norm(), p == null ? Double.NaN : p.distRef()));
        }
        return placed;
    }

    private static String key(String branch, long seed, double lambda) {
        return branch + "," + seed + "," + Double.doubleToLongBits(lambda);
    }
}
