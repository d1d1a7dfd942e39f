package io.phasescope.render.curvature;

import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.Transition;
import io.phasescope.render.phase.LambdaUnit;
import java.util.List;

/**
 * What the spectra chart of a sweep shows, as plain records.
 *
 * @param rows the rows of {@code spectra.csv}, any branches and seeds, in any order
 * @param transitions the sweep's detected transitions, drawn as dashed lines (against λ) or shaded gaps (against a norm)
 * @param unit the unit of λ (the x axis when {@code axis} is {@link SpectraAxis#LAMBDA})
 * @param lambdaFrom the smallest λ of the λ axis (the sweep's grid), or NaN to fit the rows
 * @param lambdaTo the largest λ of the λ axis, &gt; lambdaFrom, or NaN to fit the rows
 * @param points the sweep's points ({@code points.csv}), which give each row its ‖θ‖ and ‖θ − θ_ref‖ (joined by
 *     branch, seed and λ) and the range of a norm axis; may be empty against λ
 * @param axis what the x axis shows
 */
public record SpectraDiagram(
        List<PointSpectrum> rows,
        List<Transition> transitions,
        LambdaUnit unit,
        double lambdaFrom,
        double lambdaTo,
        List<SweepPoint> points,
        SpectraAxis axis) {

    public SpectraDiagram {
        if (rows == null || transitions == null || unit == null || points == null || axis == null) {
            throw new IllegalArgumentException("rows, transitions, unit, points and axis must be given, were " + rows
                    + ", " + transitions + ", " + unit + ", " + points + ", " + axis);
        }
        if (Double.isNaN(lambdaFrom) != Double.isNaN(lambdaTo) || lambdaFrom >= lambdaTo) {
            throw new IllegalArgumentException(
                    "need lambdaFrom < lambdaTo, or both NaN, were " + lambdaFrom + ", " + lambdaTo);
        }
        rows = List.copyOf(rows);
        transitions = List.copyOf(transitions);
        points = List.copyOf(points);
    }

    /** Against λ, on an axis fixed to [lambdaFrom, lambdaTo]. */
    public SpectraDiagram(
            List<PointSpectrum> rows,
            List<Transition> transitions,
            LambdaUnit unit,
            double lambdaFrom,
            double lambdaTo) {
        this(rows, transitions, unit, lambdaFrom, lambdaTo, List.of(), SpectraAxis.LAMBDA);
    }

    /** Against λ, on an axis that fits the rows. */
    public SpectraDiagram(List<PointSpectrum> rows, List<Transition> transitions, LambdaUnit unit) {
        this(rows, transitions, unit, Double.NaN, Double.NaN);
    }

    /** No rows and no transitions. */
    public static SpectraDiagram empty(LambdaUnit unit) {
        return new SpectraDiagram(List.of(), List.of(), unit);
    }

    /** The same data against {@code newAxis}. */
    public SpectraDiagram withAxis(SpectraAxis newAxis) {
        return new SpectraDiagram(rows, transitions, unit, lambdaFrom, lambdaTo, points, newAxis);
    }

    /** Whether the λ axis is fixed to a range rather than fitted to the rows. */
    public boolean hasRange() {
        return !Double.isNaN(lambdaFrom);
    }
}
