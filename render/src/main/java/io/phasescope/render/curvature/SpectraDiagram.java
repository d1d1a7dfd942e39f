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
 */
public record SpectraDiagram(List<PointSpectrum> rows, List<Transition> transitions, LambdaUnit unit) {

    public SpectraDiagram {
        if (rows == null || transitions == null || unit == null) {
            throw new IllegalArgumentException("rows, transitions and unit must be given, were " + rows + ", "
                    + transitions + ", " + unit);
        }
        rows = List.copyOf(rows);
        transitions = List.copyOf(transitions);
    }

    /** No rows and no transitions. */
    public static SpectraDiagram empty(LambdaUnit unit) {
        return new SpectraDiagram(List.of(), List.of(), unit);
    }
}
