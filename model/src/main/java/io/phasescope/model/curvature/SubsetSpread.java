package io.phasescope.model.curvature;

import io.phasescope.model.sweep.PointKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How λ_min(∇²E) and λ_max(∇²E) at one sweep point spread over the subsets of one size (the rows of a
 * {@link MagnitudeSpectraCsv} file that differ only in their subset seed): convergence in the subset size.
 *
 * @param point branch, seed and λ of the sweep point
 * @param images examples per subset (the whole training set when its rows have no subset seed)
 * @param rows how many rows (subset seeds) were summarized, ≥ 1
 * @param converged how many of them converged to their tolerance
 * @param minE λ_min(∇²E) over those rows
 * @param maxE λ_max(∇²E) over those rows
 */
public record SubsetSpread(PointKey point, int images, int rows, int converged, Stats minE, Stats maxE) {

    /**
     * Mean, range and sample standard deviation of some values (sd 0 for one value).
     *
     * @param mean arithmetic mean
     * @param min smallest value
     * @param max largest value
     * @param sd sample standard deviation (n − 1 in the denominator), 0 for one value
     */
    public record Stats(double mean, double min, double max, double sd) {

        /** The statistics of {@code values} (at least one). */
        public static Stats of(double[] values) {
            if (values.length == 0) {
                throw new IllegalArgumentException("need at least one value");
            }
            double mean = Arrays.stream(values).average().orElseThrow();
            double squares =
                    Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
            double sd = values.length < 2 ? 0 : Math.sqrt(squares / (values.length - 1));
            return new Stats(
                    mean,
                    Arrays.stream(values).min().orElseThrow(),
                    Arrays.stream(values).max().orElseThrow(),
                    sd);
        }
    }

    /**
     * One spread per point and subset size: points in the order they first appear in {@code rows}, sizes ascending
     * within a point.
     */
    public static List<SubsetSpread> of(List<MagnitudeSpectrum> rows) {
        Map<PointKey, Map<Integer, List<PointSpectrum>>> groups = new LinkedHashMap<>();
        for (MagnitudeSpectrum row : rows) {
            PointSpectrum s = row.extremes();
            groups.computeIfAbsent(s.key(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(s.images(), k -> new ArrayList<>())
                    .add(s);
        }
        List<SubsetSpread> spreads = new ArrayList<>();
        groups.forEach((point, bySize) -> bySize.entrySet().stream()
                .sorted(Comparator.comparingInt(Map.Entry::getKey))
                .forEach(e -> spreads.add(new SubsetSpread(
                        point,
                        e.getKey(),
                        e.getValue().size(),
                        (int) e.getValue().stream()
                                .filter(PointSpectrum::converged)
                                .count(),
                        Stats.of(e.getValue().stream()
                                .mapToDouble(PointSpectrum::minE)
                                .toArray()),
                        Stats.of(e.getValue().stream()
                                .mapToDouble(PointSpectrum::maxE)
                                .toArray())))));
        return spreads;
    }
}
