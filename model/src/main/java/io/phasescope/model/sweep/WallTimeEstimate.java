package io.phasescope.model.sweep;

import io.phasescope.model.train.EpochTimer;
import io.phasescope.model.train.TrainingOptions;
import java.util.Locale;

/**
 * The estimated wall time of a sweep: its points × (typical epochs per point × the measured seconds per epoch + the
 * measured evaluation of a point), shared among the seeds that train at once. Typical epochs per point are
 * {@link #typicalEpochs} (docs/science.md: the committed sweeps average 2 × patience).
 *
 * @param points the sweep's steps (grid points × branches × seeds; an until-trivial extension may add more), ≥ 1
 * @param epochsPerPoint typical epochs trained at a point, ≥ 1
 * @param secondsPerEpoch measured wall seconds of one epoch, &gt; 0
 * @param secondsPerEvaluation measured wall seconds of evaluating one point, ≥ 0
 * @param parallel seeds trained at once, ≥ 1
 */
public record WallTimeEstimate(
        int points, double epochsPerPoint, double secondsPerEpoch, double secondsPerEvaluation, int parallel) {

    public WallTimeEstimate {
        if (points < 1
                || !(epochsPerPoint >= 1)
                || !(secondsPerEpoch > 0)
                || !(secondsPerEvaluation >= 0)
                || parallel < 1) {
            throw new IllegalArgumentException("an estimate needs points >= 1, epochs >= 1, seconds per epoch > 0,"
                    + " per evaluation >= 0 and parallel >= 1; was " + points + ", " + epochsPerPoint + ", "
                    + secondsPerEpoch + ", " + secondsPerEvaluation + ", " + parallel);
        }
    }

    /**
     * Epochs a warm-started point trains for, typically: twice the patience, at most the epoch limit. The sweeps of
     * docs/science.md average 9.7 to 10.9 epochs per point at patience 5 and 6.6 to 8.2 at patience 3.
     */
    public static double typicalEpochs(TrainingOptions options) {
        return Math.max(1, Math.min(options.maxEpochs(), 2 * options.patience()));
    }

    /** The estimate for {@code spec} from {@code timing}, measured for its network and data, on {@code cores} cores. */
    public static WallTimeEstimate of(SweepSpec spec, EpochTimer.Timing timing, int cores) {
        if (cores < 1) {
            throw new IllegalArgumentException("cores must be >= 1, was " + cores);
        }
        return new WallTimeEstimate(
                spec.totalSteps(),
                typicalEpochs(spec.options()),
                timing.secondsPerEpoch(),
                timing.secondsPerEvaluation(),
                Math.min(cores, spec.seeds().size()));
    }

    /** The estimated wall time in seconds. */
    public double seconds() {
        return points * (epochsPerPoint * secondsPerEpoch + secondsPerEvaluation) / parallel;
    }

    /** For example {@code "≈ 52 min (0.61 s per epoch, measured)"}. */
    public String describe() {
        return "≈ " + rounded(seconds()) + " ("
                + String.format(Locale.ROOT, secondsPerEpoch >= 10 ? "%.0f" : "%.2g", secondsPerEpoch)
                + " s per epoch, measured)";
    }

    /** A duration to two figures or so: {@code "40 s"}, {@code "52 min"}, {@code "3.4 h"}, {@code "2.1 days"}. */
    static String rounded(double seconds) {
        if (seconds < 90) {
            return Math.max(1, Math.round(seconds)) + " s";
        }
        if (seconds < 90 * 60) {
            return Math.round(seconds / 60) + " min";
        }
        if (seconds < 48 * 3600) {
            return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
        }
        return String.format(Locale.ROOT, "%.1f days", seconds / 86_400);
    }
}
