package io.phasescope.render.phase;

import io.phasescope.model.curvature.PlacedSpectrum;
import io.phasescope.model.sweep.SweepAnalysis;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.Transition;
import io.phasescope.model.sweep.Walk;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link PhaseDiagram}'s points grouped for drawing: walks by branch, variant and seed, walks ranked (by variant,
 * then seed) for their colours and markers, saddles found. A walk's variant ({@link SweepPoint#variant}) is empty
 * unless overlaid sweeps share seeds, so a single sweep reads "up · seed 1" and an overlay of two learning rates
 * "up · lr 0.03 · seed 1".
 */
final class DiagramLayout {

    final PhaseDiagram diagram;
    /** Whether the charts show no diagram at all (an empty placeholder). */
    final boolean empty;
    /** Grid points by "branch · [variant ·] seed s", each in walking order. */
    final Map<String, List<SweepPoint>> branches = new LinkedHashMap<>();

    final Set<Branch> branchTypes = EnumSet.noneOf(Branch.class);
    /** The walks apart from their branch: "[variant ·] seed s", in rank order. */
    final TreeSet<Walk> walks = new TreeSet<>();
    /** The grid points where L_λ has a saddle (index ≥ 1 in the spectra), by "branch · [variant ·] seed s". */
    final Map<String, List<SweepPoint>> saddles = new LinkedHashMap<>();

    DiagramLayout(PhaseDiagram diagram, boolean empty) {
        this.diagram = diagram;
        this.empty = empty;
        SweepAnalysis.branches(diagram.points()).forEach((key, points) -> branches.put(label(points.get(0)), points));
        for (SweepPoint p : diagram.points()) {
            branchTypes.add(p.branch());
            walks.add(Walk.of(p));
        }
        for (SweepPoint p : diagram.probes()) {
            walks.add(Walk.of(p));
        }
        for (Transition t : diagram.transitions()) {
            walks.add(Walk.of(t));
        }
        for (PlacedSpectrum s : PlacedSpectrum.join(diagram.spectra(), diagram.points())) {
            if (s.point() != null && s.spectrum().index() > 0) {
                saddles.computeIfAbsent(label(s.point()), k -> new ArrayList<>())
                        .add(s.point());
            }
        }
    }

    /** λ of {@code p} in the diagram's unit (λ or β). */
    double x(SweepPoint p) {
        return diagram.unit().of(p.lambda());
    }

    /** The rank of {@code p}'s walk among the diagram's (branch aside), from 0. */
    int rank(SweepPoint p) {
        return walks.headSet(Walk.of(p)).size();
    }

    /** The rank of {@code t}'s walk among the diagram's (branch aside), from 0. */
    int rank(Transition t) {
        return walks.headSet(Walk.of(t)).size();
    }

    Map<String, List<SweepPoint>> probesByBranch() {
        Map<String, List<SweepPoint>> probes = new LinkedHashMap<>();
        for (SweepPoint p : diagram.probes()) {
            probes.computeIfAbsent(label(p), k -> new ArrayList<>()).add(p);
        }
        return probes;
    }

    /** The smallest spacing of neighbouring grid λ values, in the diagram's unit. */
    double blockWidth() {
        TreeSet<Double> xs = new TreeSet<>();
        for (SweepPoint p : diagram.points()) {
            if (p.index() >= 0) {
                xs.add(x(p));
            }
        }
        double width = Double.POSITIVE_INFINITY;
        Double previous = null;
        for (double x : xs) {
            if (previous != null && x - previous > 0) {
                width = Math.min(width, x - previous);
            }
            previous = x;
        }
        if (Double.isInfinite(width)) {
            return xs.isEmpty() ? 1 : Math.max(Math.abs(xs.first()) * 0.1, 1e-6);
        }
        return width;
    }

    static String label(SweepPoint p) {
        return p.branch().id() + " · " + Walk.of(p).name();
    }
}
