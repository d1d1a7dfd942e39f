package io.phasescope.model.sweep;

import io.phasescope.model.sweep.SweepMode.Branch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Transitions, phases and the class hierarchy of a sweep, per walk: branch, variant and seed.
 *
 * @param transitions every detected transition, full and partial, grouped by branch and seed, in walking order
 * @param phases every plateau, grouped likewise
 * @param holdThreshold per-class accuracy at or above which a phase "holds" a class
 */
public record SweepAnalysis(List<Transition> transitions, List<Phase> phases, double holdThreshold) {

    /** The default hold threshold: a class is held when at least half of its test digits are right. */
    public static final double DEFAULT_HOLD_THRESHOLD = 0.5;

    public SweepAnalysis {
        transitions = List.copyOf(transitions);
        phases = List.copyOf(phases);
    }

    /** Analyses the grid points of a sweep (refinement probes, index −1, are ignored). */
    public static SweepAnalysis of(List<SweepPoint> points, double holdThreshold) {
        HeldClasses.checkThreshold(holdThreshold);
        List<Transition> transitions = new ArrayList<>();
        List<Phase> phases = new ArrayList<>();
        for (List<SweepPoint> branch : branches(points).values()) {
            List<int[]> jumps = TransitionDetector.jumps(branch);
            List<Phase> branchPhases = new ArrayList<>();
            int from = 0;
            for (int[] jump : jumps) {
                branchPhases.add(phase(branch.subList(from, jump[0]), holdThreshold));
                from = jump[1];
            }
            branchPhases.add(phase(branch.subList(from, branch.size()), holdThreshold));
            List<Transition> branchTransitions = new ArrayList<>();
            for (int j = 0; j < jumps.size(); j++) {
                List<Integer> lost = new ArrayList<>(branchPhases.get(j).classesHeld());
                lost.removeAll(branchPhases.get(j + 1).classesHeld());
                branchTransitions.add(transition(branch, jumps.get(j)[0], jumps.get(j)[1], lost, TransitionKind.FULL));
            }
            for (PartialTransitionDetector.Partial p :
                    PartialTransitionDetector.partials(branch, jumps, holdThreshold)) {
                branchTransitions.add(transition(branch, p.first(), p.last(), p.classes(), TransitionKind.PARTIAL));
            }
            boolean descending =
                    branch.get(0).lambda() > branch.get(branch.size() - 1).lambda();
            Comparator<Transition> walking = Comparator.comparingDouble(Transition::lambdaLo);
            branchTransitions.sort(descending ? walking.reversed() : walking);
            transitions.addAll(branchTransitions);
            phases.addAll(branchPhases);
        }
        return new SweepAnalysis(transitions, phases, holdThreshold);
    }

    /**
     * The transitions (unlabelled) and phases of the walks of {@code variant} only ({@link SweepPoint#variant}): one
     * folder's analysis out of an overlay's.
     */
    public SweepAnalysis ofVariant(String variant) {
        return new SweepAnalysis(
                transitions.stream()
                        .filter(t -> t.variant().equals(variant))
                        .map(t -> t.withVariant(""))
                        .toList(),
                phases.stream().filter(p -> p.variant().equals(variant)).toList(),
                holdThreshold);
    }

    /** The transition from point {@code first − 1} to point {@code last} of a branch. */
    private static Transition transition(
            List<SweepPoint> branch, int first, int last, List<Integer> lost, TransitionKind kind) {
        SweepPoint before = branch.get(first - 1);
        SweepPoint after = branch.get(last);
        return new Transition(
                before.branch(),
                before.seed(),
                (before.lambda() + after.lambda()) / 2,
                before.lambda(),
                after.lambda(),
                before.norm(),
                after.norm(),
                before.testAccuracy(),
                after.testAccuracy(),
                lost,
                kind,
                before.variant());
    }

    /** The grid points of each walk (branch, variant and seed), each list in walking order. */
    public static Map<String, List<SweepPoint>> branches(List<SweepPoint> points) {
        Map<String, List<SweepPoint>> byBranch = new LinkedHashMap<>();
        for (SweepPoint p : points) {
            if (p.index() >= 0) {
                byBranch.computeIfAbsent(
                                p.branch().id() + " " + p.variant() + " seed " + p.seed(), k -> new ArrayList<>())
                        .add(p);
            }
        }
        for (List<SweepPoint> branch : byBranch.values()) {
            Comparator<SweepPoint> order = Comparator.comparingInt(SweepPoint::index);
            branch.sort(branch.get(0).branch() == Branch.DOWN ? order.reversed() : order);
        }
        return byBranch;
    }

    private static Phase phase(List<SweepPoint> points, double threshold) {
        int classes = points.get(0).perClassAccuracy().length;
        double[] perClass = new double[classes];
        double accuracy = 0;
        double loss = 0;
        double normMin = Double.POSITIVE_INFINITY;
        double normMax = Double.NEGATIVE_INFINITY;
        for (SweepPoint p : points) {
            for (int c = 0; c < classes; c++) {
                perClass[c] += p.perClassAccuracy()[c] / points.size();
            }
            accuracy += p.testAccuracy() / points.size();
            loss += p.testLoss() / points.size();
            normMin = Math.min(normMin, p.norm());
            normMax = Math.max(normMax, p.norm());
        }
        List<Integer> held = HeldClasses.atPoint(perClass, threshold);
        SweepPoint first = points.get(0);
        return new Phase(
                first.branch(),
                first.seed(),
                first.lambda(),
                points.get(points.size() - 1).lambda(),
                points.size(),
                accuracy,
                perClass,
                held,
                HeldClasses.hopping(points, threshold),
                normMin,
                normMax,
                loss,
                first.variant());
    }
}
