package io.phasescope.app.landscape;

import io.phasescope.model.landscape.PathProfile;
import io.phasescope.model.landscape.PathfinderPath;
import java.util.Locale;

/** One line about a computed path for the status bar: its barriers, or for a Pathfinder path its walk. */
public final class PathSummary {

    private PathSummary() {}

    public static String of(PathResult path) {
        PathProfile p = path.profile();
        if (path.recipe().kind() != PathKind.PATHFINDER) {
            return String.format(
                    Locale.ROOT,
                    "%s: loss barrier %.4f nats, error barrier %.2f %%",
                    path.name(),
                    p.lossBarrier(),
                    100 * p.errorBarrier());
        }
        double[] d = p.distanceToB();
        int lastStep = d.length - 1 - PathfinderPath.closingPoints();
        double maxTrain = 0;
        for (int i = 0; i <= lastStep; i++) {
            maxTrain = Math.max(maxTrain, p.trainLoss()[i]);
        }
        return String.format(
                Locale.ROOT,
                "%s: E_train ≤ %.4f nats along the walk; ‖θ − θ_B‖ from %.3f to %.3f"
                        + " (%.0f %%), the rest closed by a straight segment to B (loss barrier of the whole path %.4f nats)",
                path.name(),
                maxTrain,
                d[0],
                d[lastStep],
                100 * d[lastStep] / d[0],
                p.lossBarrier());
    }
}
