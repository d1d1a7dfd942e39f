package io.phasescope.model.sweep;

import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.net.Architecture;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.train.Engines;
import io.phasescope.model.train.Evaluation;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.Trainer;
import io.phasescope.model.train.TrainingEngine;
import io.phasescope.model.train.TrainingListener;
import io.phasescope.model.train.TrainingOptions;
import io.phasescope.model.train.TrainingResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refines each transition's critical λ by bisection. Every probe warm-starts from the model on the
 * pre-jump side of the bracket, trains to convergence at the midpoint and is classified by whether
 * ‖θ‖ and E_train have crossed to the post-jump side (their mean normalized position past one half).
 * A probe that stays before the jump becomes the new warm start, as in the continuation itself. A partial
 * transition spreads over a few grid points whose parameters are rarely kept: its walk restarts from the nearest
 * model kept before the bracket (within one parameter stride), first trained to convergence at the bracket's
 * pre-jump end.
 */
public final class TransitionRefiner {

    private static final Logger LOG = LoggerFactory.getLogger(TransitionRefiner.class);
    /** Upper bound on probes per transition. */
    static final int MAX_PROBES = 30;

    private TransitionRefiner() {}

    /**
     * Refines {@code transitions} of the sweep in {@code folder} until the bracket is narrower than
     * {@code relativeTolerance} × λ_c. Transitions whose pre-jump parameters were not kept are returned
     * unrefined (with a warning).
     */
    public static List<Transition> refine(
            SweepFolder folder,
            DatasetSplit data,
            List<Transition> transitions,
            double relativeTolerance,
            JobControl control)
            throws IOException {
        if (!(relativeTolerance > 0 && relativeTolerance < 1)) {
            throw new IllegalArgumentException("relative tolerance must be in (0, 1), was " + relativeTolerance);
        }
        List<Transition> refined = new ArrayList<>();
        for (Transition t : transitions) {
            control.checkpoint();
            refined.add(refineOne(folder, data, t, relativeTolerance, control));
        }
        return refined;
    }

    private static Transition refineOne(
            SweepFolder folder, DatasetSplit data, Transition t, double tolerance, JobControl control)
            throws IOException {
        SweepSpec spec = folder.spec();
        double[] grid = folder.grid().values();
        int loIndex = PointsCsv.indexOf(grid, t.lambdaLo());
        Optional<float[]> start = loIndex < 0 ? Optional.empty() : folder.parameters(t.branch(), t.seed(), loIndex);
        int keptIndex = loIndex;
        int backwards = t.branch() == Branch.DOWN ? 1 : -1;
        while (start.isEmpty()
                && t.kind() == TransitionKind.PARTIAL
                && loIndex >= 0
                && Math.abs(keptIndex - loIndex) < folder.spec().paramStride()) {
            keptIndex += backwards;
            start = keptIndex < 0 || keptIndex >= grid.length
                    ? Optional.empty()
                    : folder.parameters(t.branch(), t.seed(), keptIndex);
        }
        if (start.isEmpty() || t.branch() == Branch.COLD) {
            LOG.warn(
                    "transition of {} seed {} near λ={}: pre-jump parameters not kept, not refined",
                    t.branch().id(),
                    t.seed(),
                    t.lambdaC());
            return t;
        }
        List<SweepPoint> points = folder.points();
        SweepPoint before = find(points, t, t.lambdaLo());
        SweepPoint after = find(points, t, t.lambdaHi());
        Architecture network = spec.network().withInitSeed(t.seed());
        double lo = t.lambdaLo();
        double hi = t.lambdaHi();
        float[] warm = start.get();
        try (TrainingEngine engine = Engines.create(network, warm, spec.options())) {
            if (keptIndex != loIndex) {
                control.checkpoint();
                TrainingOptions options = spec.options()
                        .withLambda(lo)
                        .withShuffleSeed(Pathfinder.stepSeed(t.seed(), t.branch(), -1 - MAX_PROBES));
                warm = Trainer.fit(engine, data, options, TrainingListener.none(), control, false)
                        .theta();
            }
            for (int probe = 0;
                    probe < MAX_PROBES && Math.abs(hi - lo) > tolerance * Math.abs((lo + hi) / 2);
                    probe++) {
                control.checkpoint();
                double mid = (lo + hi) / 2;
                TrainingOptions options = spec.options()
                        .withLambda(mid)
                        .withShuffleSeed(Pathfinder.stepSeed(t.seed(), t.branch(), -1 - probe));
                engine.setParameters(warm);
                TrainingResult result = Trainer.fit(engine, data, options, TrainingListener.none(), control, false);
                Evaluation e = result.evaluation();
                double position = (crossing(before.norm(), after.norm(), e.norm())
                                + crossing(before.trainLoss(), after.trainLoss(), e.trainLoss()))
                        / 2;
                if (position > 0.5) {
                    hi = mid;
                } else {
                    lo = mid;
                    warm = result.theta();
                }
                LOG.debug("probe λ={} |θ|={} E={} position {}", mid, e.norm(), e.trainLoss(), position);
            }
        }
        return t.refined(lo, hi);
    }

    /** Where {@code value} lies from {@code from} (0) to {@code to} (1). */
    private static double crossing(double from, double to, double value) {
        return to == from ? 0 : (value - from) / (to - from);
    }

    private static SweepPoint find(List<SweepPoint> points, Transition t, double lambda) {
        return points.stream()
                .filter(p -> p.branch() == t.branch() && p.seed() == t.seed() && p.lambda() == lambda)
                .findFirst()
                .orElseThrow(() -> new SweepFormatException(
                        "no point at λ = " + lambda + " for " + t.branch().id() + " seed " + t.seed()));
    }
}
