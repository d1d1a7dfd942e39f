package io.phasescope.render.phase;

import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.Transition;
import java.util.List;

/**
 * What the phase-diagram charts show, as plain records: the sweep's grid points, probes trained between
 * grid points, the detected transitions, the unit of the λ axis, the selected point and, when computed, the
 * Hessian spectra of the points ({@code spectra.csv}), which mark where L_λ has a saddle.
 *
 * @param classNames the class names, in class order (at least two)
 * @param points grid points of every branch and seed, in any order (probes with index −1 are ignored here)
 * @param probes points trained off the grid, drawn in their own marker style
 * @param transitions transitions to draw as dashed lines
 * @param unit the unit of every λ axis
 * @param selected the point the model view shows, marked on every chart; {@code null} for none
 * @param spectra rows of {@code spectra.csv} (joined with {@code points} by branch, seed and λ); points whose
 *     row has index ≥ 1 are marked as saddles of L_λ. Empty when not computed
 */
public record PhaseDiagram(
        List<String> classNames,
        List<SweepPoint> points,
        List<SweepPoint> probes,
        List<Transition> transitions,
        LambdaUnit unit,
        SweepPoint selected,
        List<PointSpectrum> spectra) {

    public PhaseDiagram {
        if (classNames == null || classNames.size() < 2) {
            throw new IllegalArgumentException("need at least two class names, got " + classNames);
        }
        if (points == null || probes == null || transitions == null || unit == null || spectra == null) {
            throw new IllegalArgumentException("points, probes, transitions, unit and spectra must be given, were "
                    + points + ", " + probes + ", " + transitions + ", " + unit + ", " + spectra);
        }
        spectra = List.copyOf(spectra);
        classNames = List.copyOf(classNames);
        points = List.copyOf(points);
        probes = List.copyOf(probes);
        transitions = List.copyOf(transitions);
        for (SweepPoint p : points) {
            requireClasses(p, classNames.size());
        }
        for (SweepPoint p : probes) {
            requireClasses(p, classNames.size());
        }
    }

    /** Without spectra. */
    public PhaseDiagram(
            List<String> classNames,
            List<SweepPoint> points,
            List<SweepPoint> probes,
            List<Transition> transitions,
            LambdaUnit unit,
            SweepPoint selected) {
        this(classNames, points, probes, transitions, unit, selected, List.of());
    }

    /** A diagram without points. */
    public static PhaseDiagram empty(List<String> classNames, LambdaUnit unit) {
        return new PhaseDiagram(classNames, List.of(), List.of(), List.of(), unit, null);
    }

    /** The same data in another unit. */
    public PhaseDiagram withUnit(LambdaUnit newUnit) {
        return new PhaseDiagram(classNames, points, probes, transitions, newUnit, selected, spectra);
    }

    /** The same data with another selected point. */
    public PhaseDiagram withSelected(SweepPoint newSelected) {
        return new PhaseDiagram(classNames, points, probes, transitions, unit, newSelected, spectra);
    }

    /** The same data with the spectra {@code newSpectra} (rows of {@code spectra.csv}). */
    public PhaseDiagram withSpectra(List<PointSpectrum> newSpectra) {
        return new PhaseDiagram(classNames, points, probes, transitions, unit, selected, newSpectra);
    }

    /** Whether {@code other} shows the same points, probes, transitions, spectra and unit (the selection aside). */
    boolean sameDataAs(PhaseDiagram other) {
        return other != null
                && other.points == points
                && other.probes == probes
                && other.transitions == transitions
                && other.spectra == spectra
                && other.unit == unit
                && other.classNames.equals(classNames);
    }

    private static void requireClasses(SweepPoint p, int classes) {
        if (p.perClassAccuracy().length != classes) {
            throw new IllegalArgumentException("point at λ = " + p.lambda() + " has " + p.perClassAccuracy().length
                    + " classes, the diagram " + classes);
        }
    }
}
