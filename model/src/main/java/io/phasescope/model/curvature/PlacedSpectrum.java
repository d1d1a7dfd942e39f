package io.phasescope.model.curvature;

import io.phasescope.model.sweep.PointKey;
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
 * @param point the sweep point with the row's branch, seed and λ; {@code null} when the sweep has none
 */
public record PlacedSpectrum(PointSpectrum spectrum, SweepPoint point) {

    /** ‖θ‖ of the point, NaN without one. */
    public double norm() {
        return point == null ? Double.NaN : point.norm();
    }

    /** ‖θ − θ_ref‖ of the point, NaN without one. */
    public double distRef() {
        return point == null ? Double.NaN : point.distRef();
    }

    /** Each row of {@code rows}, in order, with the ‖θ‖ and ‖θ − θ_ref‖ of its point among {@code points}. */
    public static List<PlacedSpectrum> join(List<PointSpectrum> rows, List<SweepPoint> points) {
        if (rows == null || points == null) {
            throw new IllegalArgumentException("rows and points must be given, were " + rows + ", " + points);
        }
        Map<PointKey, SweepPoint> byKey = new HashMap<>();
        for (SweepPoint p : points) {
            byKey.putIfAbsent(p.key(), p);
        }
        List<PlacedSpectrum> placed = new ArrayList<>(rows.size());
        for (PointSpectrum r : rows) {
            placed.add(new PlacedSpectrum(r, byKey.get(r.key())));
        }
        return placed;
    }
}
