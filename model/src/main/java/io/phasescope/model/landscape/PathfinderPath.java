package io.phasescope.model.landscape;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.Pathfinder;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepListener;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.train.Evaluator;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.TrainingOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The paper's path between two minima: the Pathfinder continuation from A with θ_ref = B (the L2 probe
 * λ‖θ − θ_B‖² raised step by step, each step trained to convergence), run as a sweep in its own folder (same
 * format, same resumption), then closed by a linear segment from its last model to B. Along the path
 * t = 1 − ‖θ − θ_B‖ / ‖θ_A − θ_B‖.
 */
public final class PathfinderPath {

    /** Points evaluated on the closing segment from the last step's model to B. */
    private static final double[] CLOSING = {0.25, 0.5, 0.75, 1};

    private PathfinderPath() {}

    /** How many rows at the end of a Pathfinder profile lie on the closing segment to B. */
    public static int closingPoints() {
        return CLOSING.length;
    }

    /**
     * A computed path.
     *
     * @param profile metrics along t: A, every λ step (test metrics; training error not measured), the closing segment
     * @param nodes the parameters at each t of the profile, for θ(t) between them
     * @param steps the sweep's points, one per λ
     */
    public record Result(PathProfile profile, List<float[]> nodes, List<SweepPoint> steps) {

        /** θ(t): linear between the nodes of the neighbouring profile t values, clamped to [t₀, 1]. */
        public float[] at(double t) {
            double[] ts = profile.t();
            if (t <= ts[0]) {
                return nodes.get(0).clone();
            }
            for (int i = 1; i < ts.length; i++) {
                if (t <= ts[i]) {
                    double f = ts[i] > ts[i - 1] ? (t - ts[i - 1]) / (ts[i] - ts[i - 1]) : 1;
                    return LinearPath.at(nodes.get(i - 1), nodes.get(i), f);
                }
            }
            return nodes.get(nodes.size() - 1).clone();
        }

        /** The largest E_train over the λ steps, nats. */
        public double maxStepTrainLoss() {
            return steps.stream().mapToDouble(SweepPoint::trainLoss).max().orElse(Double.NaN);
        }
    }

    /**
     * A path computed before, from its sweep folder and its profile (as saved in path.csv or a workspace):
     * nothing is trained or evaluated.
     *
     * @throws IOException if the folder's kept models do not match the profile
     */
    public static Result reopen(Path folder, float[] a, float[] b, PathProfile profile) throws IOException {
        SweepFolder walk = SweepFolder.open(folder);
        List<SweepPoint> points = walk.points();
        List<float[]> nodes = nodes(walk, points, a, b);
        if (nodes.size() != profile.t().length) {
            throw new IOException("the Pathfinder walk in " + folder + " has " + points.size()
                    + " steps, but the saved path has " + (profile.t().length - 1 - CLOSING.length));
        }
        return new Result(profile, nodes, points);
    }

    /** A, the kept model of every step, then the points of the closing segment to B. */
    private static List<float[]> nodes(SweepFolder walk, List<SweepPoint> points, float[] a, float[] b)
            throws IOException {
        List<float[]> nodes = new ArrayList<>();
        nodes.add(a);
        for (SweepPoint p : points) {
            nodes.add(walk.parameters(p.branch(), p.seed(), p.index())
                    .orElseThrow(() ->
                            new IOException("the parameters of step " + p.index() + " are missing in " + walk.root())));
        }
        float[] end = nodes.get(nodes.size() - 1);
        for (double s : CLOSING) {
            nodes.add(LinearPath.at(end, b, s));
        }
        return nodes;
    }

    /**
     * The walk so far as a profile, for showing a running path: one row per step, t = 1 − ‖θ − θ_B‖ /
     * {@code startDistance}, test metrics only (training error NaN).
     *
     * @param startDistance ‖θ_A − θ_B‖ (&gt; 0)
     */
    public static PathProfile progress(List<SweepPoint> steps, double startDistance) {
        if (!(startDistance > 0)) {
            throw new IllegalArgumentException("startDistance must be > 0, was " + startDistance);
        }
        PathProfileBuilder rows = new PathProfileBuilder();
        for (SweepPoint p : steps) {
            rows.add(
                    1 - p.distRef() / startDistance,
                    p.trainLoss(),
                    p.testLoss(),
                    Double.NaN,
                    1 - p.testAccuracy(),
                    p.perClassAccuracy(),
                    p.distRef());
        }
        return rows.build("pathfinder (running)");
    }

    /**
     * Runs (or resumes) the walk in {@code folder} and evaluates the path.
     *
     * @param request the data request recorded in the sweep (the data itself is {@code data})
     * @param options training options of each step (θ_ref is set to B here)
     * @param grid the λ grid, λ units
     */
    public static Result run(
            NetworkSpec spec,
            float[] a,
            float[] b,
            DatasetSplit data,
            DataRequest request,
            TrainingOptions options,
            SweepGrid grid,
            Path folder,
            SweepListener listener,
            JobControl control)
            throws IOException {
        SweepSpec sweep = new SweepSpec(
                "pathfinder path",
                request,
                spec,
                options.withThetaRef(b),
                grid,
                SweepMode.UP,
                List.of(spec.initSeed()),
                1);
        SweepFolder walk = SweepFolder.openOrCreate(folder, sweep, a);
        List<SweepPoint> points = Pathfinder.run(walk, data, 1, listener, control);
        double start = Math.sqrt(Evaluator.squaredDistance(a, b));
        List<float[]> nodes = nodes(walk, points, a, b);
        float[] end = nodes.get(points.size());
        PathProfile atA = PathEvaluator.evaluate("a", spec, x -> a, b, new double[] {0}, data, control);
        PathProfile closing =
                PathEvaluator.evaluate("closing", spec, s -> LinearPath.at(end, b, s), b, CLOSING, data, control);
        PathProfileBuilder rows = new PathProfileBuilder();
        for (PathProfile part : List.of(atA, progress(points, start), closing)) {
            for (int i = 0; i < part.t().length; i++) {
                rows.add(part, i, 1 - part.distanceToB()[i] / start);
            }
        }
        return new Result(rows.build("pathfinder"), nodes, points);
    }
}
