package io.phasescope.app.landscape;

import io.phasescope.app.library.LibraryModel;
import io.phasescope.app.task.BackgroundTask;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.landscape.BezierPath;
import io.phasescope.model.landscape.LinearPath;
import io.phasescope.model.landscape.PathEvaluator;
import io.phasescope.model.landscape.PathProfile;
import io.phasescope.model.landscape.PathfinderPath;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepListener;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.train.Evaluator;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.TrainingOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;

/**
 * Computes a path from A to B: optionally aligns B's hidden units to A (weight matching), fits the Bézier
 * control point or walks the Pathfinder continuation if asked, and evaluates E, error and per-class accuracy
 * along t on the landscape's data.
 */
public final class PathJob implements BackgroundTask.Work<PathResult> {

    /** Epochs of the Bézier control point's training. */
    static final int BEZIER_EPOCHS = 10;
    /** λ grid of a Pathfinder path, λ units: 50 steps up to the paper's 5e-6. */
    public static final SweepGrid PATHFINDER_GRID = SweepGrid.linear(0, 5e-6, 1e-7);

    private final LibraryModel a;
    private final LibraryModel b;
    private final PathKind kind;
    private final boolean align;
    private final int resolution;
    private final int subset;
    private final LandscapeData data;
    private final Path pathfinderFolder;
    private final Consumer<PathProgress> progress;

    /**
     * @param pathfinderFolder the sweep folder of a Pathfinder path (created, or resumed if it exists)
     * @param progress receives the walk so far after each Pathfinder step, on the worker thread
     */
    public PathJob(
            LibraryModel a,
            LibraryModel b,
            PathKind kind,
            boolean align,
            int resolution,
            int subset,
            LandscapeData data,
            Path pathfinderFolder,
            Consumer<PathProgress> progress) {
        this.a = a;
        this.b = b;
        this.kind = kind;
        this.align = align;
        this.resolution = resolution;
        this.subset = subset;
        this.data = data;
        this.pathfinderFolder = pathfinderFolder;
        this.progress = progress;
    }

    @Override
    public PathResult call(JobControl control) throws IOException {
        DatasetSplit split = data.split(a.dataset(), subset);
        control.checkpoint();
        float[] thetaA = a.theta();
        float[] thetaB = new PathRecipe(kind, a, b, align, null, null).endpoint();
        String name = kind + " " + a.name() + " → " + b.name() + (align ? " (aligned)" : "");
        if (kind == PathKind.PATHFINDER) {
            double start = Math.sqrt(Evaluator.squaredDistance(thetaA, thetaB));
            List<SweepPoint> steps = new ArrayList<>();
            PathfinderPath.Result walk = PathfinderPath.run(
                    a.spec(),
                    thetaA,
                    thetaB,
                    split,
                    data.request(a.dataset(), subset),
                    TrainingOptions.defaults(),
                    PATHFINDER_GRID,
                    pathfinderFolder,
                    new SweepListener() {
                        @Override
                        public void onPoint(SweepPoint p, int done, int total) {
                            steps.add(p);
                            progress.accept(new PathProgress(
                                    String.format(
                                            Locale.ROOT,
                                            "Pathfinder step %d of %d:"
                                                    + " λ = %.3g, E_train %.4f nats, ‖θ − θ_B‖ = %.3f",
                                            done,
                                            total,
                                            p.lambda(),
                                            p.trainLoss(),
                                            p.distRef()),
                                    PathfinderPath.progress(steps, start)));
                        }
                    },
                    control);
            return new PathResult(
                    name,
                    a.spec(),
                    walk.profile(),
                    walk::at,
                    new PathRecipe(kind, a, b, align, null, pathfinderFolder));
        }
        DoubleFunction<float[]> path;
        double[] t;
        float[] controlPoint = null;
        if (kind == PathKind.LINEAR) {
            path = x -> LinearPath.at(thetaA, thetaB, x);
            t = PathEvaluator.grid(-0.25, 1.25, resolution);
        } else {
            float[] fitted = BezierPath.fit(
                    a.spec(), thetaA, thetaB, split.train(), TrainingOptions.defaults(), BEZIER_EPOCHS, 1, control);
            controlPoint = fitted;
            path = x -> BezierPath.at(thetaA, fitted, thetaB, x);
            t = PathEvaluator.grid(0, 1, resolution);
        }
        PathProfile profile =
                PathEvaluator.evaluate(kind + (align ? " aligned" : ""), a.spec(), path, thetaB, t, split, control);
        return new PathResult(name, a.spec(), profile, path, new PathRecipe(kind, a, b, align, controlPoint, null));
    }
}
