package io.phasescope.render.curvature;

import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.model.sweep.Transition;
import io.phasescope.render.phase.LambdaUnit;
import java.util.List;

/**
 * What the spectra chart of a sweep shows, as plain records.
 *
 * @param rows the rows of {@code spectra.csv}, any branches and seeds, in any order
 * @param transitions the sweep's detected transitions, drawn as dashed lines
 * @param unit the unit of the λ axis
 * @param lambdaFrom the smallest λ of the axis (the sweep's grid), or NaN to fit the rows
 * @param lambdaTo the largest λ of the axis, &gt; lambdaFrom, or NaN to fit the rows
 */
public record SpectraDiagram(List<PointSpectrum> rows, List<Transition> transitions, LambdaUnit unit,
        double lambdaFrom, double lambdaTo) {

    public SpectraDiagram {
        if (rows == null || transitions == null || unit == null) {
            throw new IllegalArgumentException("rows, transitions and unit must be given, were " + rows + ", "
                    + transitions + ", " + unit);
        }
        if (Double.isNaN(lambdaFrom) != Double.isNaN(lambdaTo) || lambdaFrom >= lambdaTo) {
            throw new IllegalArgumentException("need lambdaFrom < lambdaTo, or both NaN, were " + lambdaFrom + ", "
                    + lambdaTo);
        }
        rows = List.copyOf(rows);
        transitions = List.copyOf(transitions);
    }

    /** The rows and transitions on an axis that fits the rows. */
    public SpectraDiagram(List<PointSpectrum> rows, List<Transition> transitions, LambdaUnit unit) {
        this(rows, transitions, unit, Double.NaN, Double.NaN);
    }

    /** No rows and no transitions. */
    public static SpectraDiagram empty(LambdaUnit unit) {
        return new SpectraDiagram(List.of(), List.of(), unit);
    }

    /** Whether the λ axis is fixed to a range rather than fitted to the rows. */
    public boolean hasRange() {
        return !Double.isNaN(lambdaFrom);
    }
}
