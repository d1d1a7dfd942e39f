package io.phasescope.model.landscape;

import java.util.ArrayList;
import java.util.List;

/** Collects the rows of a {@link PathProfile} one t at a time, in ascending t. */
public final class PathProfileBuilder {

    private final List<double[]> scalars = new ArrayList<>();
    private final List<double[]> perClass = new ArrayList<>();

    /** Appends the row at {@code t}; see {@link PathProfile} for the meaning and units of each value. */
    public PathProfileBuilder add(
            double t,
            double trainLoss,
            double testLoss,
            double trainError,
            double testError,
            double[] classAccuracy,
            double distanceToB) {
        scalars.add(new double[] {t, trainLoss, testLoss, trainError, testError, distanceToB});
        perClass.add(classAccuracy);
        return this;
    }

    /** Appends row {@code i} of {@code profile} with its t replaced by {@code t}. */
    public PathProfileBuilder add(PathProfile profile, int i, double t) {
        return add(
                t,
                profile.trainLoss()[i],
                profile.testLoss()[i],
                profile.trainError()[i],
                profile.testError()[i],
                profile.perClassAccuracy()[i],
                profile.distanceToB()[i]);
    }

    /** The profile of the rows so far, named {@code kind}. */
    public PathProfile build(String kind) {
        int n = scalars.size();
        double[][] columns = new double[6][n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 6; c++) {
                columns[c][i] = scalars.get(i)[c];
            }
        }
        return new PathProfile(
                kind,
                columns[0],
                columns[1],
                columns[2],
                columns[3],
                columns[4],
                perClass.toArray(double[][]::new),
                columns[5]);
    }
}
