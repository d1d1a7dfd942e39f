package io.phasescope.render.phase;

import io.phasescope.model.curvature.PlacedSpectrum;
import io.phasescope.model.sweep.SweepAnalysis;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.Transition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A {@link PhaseDiagram}'s points grouped for drawing: walks by branch and seed, seeds ranked, saddles found. */
final class DiagramLayout {

    final PhaseDiagram diagram;
    /** Whether the charts show no diagram at all (an empty placeholder). */
    final boolean empty;
    /** Grid points by "branch · seed s", each in walking order. */
    final Map<String, List<SweepPoint>> branches = new LinkedHashMap<>();

    final Set<Branch> branchTypes = EnumSet.noneOf(Branch.class);
    final TreeSet<Long> seeds = new TreeSet<>();
    /** The grid points where L_λ has a saddle (index ≥ 1 in the spectra), by "branch · seed s". */
    final Map<String, List<SweepPoint>> saddles = new LinkedHashMap<>();

    DiagramLayout(PhaseDiagram diagram, boolean empty) {
        this.diagram = diagram;
        this.empty = empty;
        SweepAnalysis.branches(diagram.points()).forEach((key, points) -> branches.put(label(points.get(0)), points));
        for (SweepPoint p : diagram.points()) {
            branchTypes.add(p.branch());
            seeds.add(p.seed());
        }
        for (SweepPoint p : diagram.probes()) {
            seeds.add(p.seed());
        }
        for (Transition t : diagram.transitions()) {
            seeds.add(t.seed());
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

    int seedRank(long seed) {
        return seeds.headSet(seed).size();
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
        return p.branch().id() + " · seed " + p.seed();
    }
}
