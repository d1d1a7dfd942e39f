package io.phasescope.model.sweep;

import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.train.StopReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The noise-only control: one plateau with the jitter measured on the committed paper sweep (seed 1, λ 0.0126 –
 * 0.0181, robust σ from second differences) and no jump. ‖θ‖ falls 0.02 per step with σ = 0.03 × {@code scale},
 * E rises 0.004 nats per step with σ = 0.014 × {@code scale}, each class keeps its level with that plateau's
 * per-class σ × {@code scale}, and classes 8 and 9 are near-equivalent: at each point one of them sits at 0.75
 * and the other at 0.45, chosen by a coin, so both hop across the hold threshold.
 */
final class PlateauNoise {

    static final int POINTS = 80;
    private static final double[] LEVEL = {0.96, 0.98, 0.83, 0.83, 0.86, 0.73, 0.91, 0.86, 0.6, 0.6};
    private static final double[] SIGMA = {0.02, 0.01, 0.05, 0.055, 0.1, 0.17, 0.05, 0.07, 0.11, 0.13};

    private PlateauNoise() {}

    static List<SweepPoint> plateau(long seed, double scale) {
        Random random = new Random(seed);
        List<SweepPoint> points = new ArrayList<>();
        for (int i = 0; i < POINTS; i++) {
            double[] perClass = new double[LEVEL.length];
            boolean swap = random.nextBoolean();
            for (int c = 0; c < LEVEL.length; c++) {
                double level = c >= 8 ? ((c == 8) == swap ? 0.75 : 0.45) : LEVEL[c];
                perClass[c] = Math.max(0, Math.min(1, level + scale * SIGMA[c] * random.nextGaussian()));
            }
            double accuracy = java.util.Arrays.stream(perClass).average().orElseThrow();
            double lambda = 0.005 + i * 1e-4;
            points.add(new SweepPoint(
                    Branch.UP,
                    seed,
                    i,
                    lambda,
                    0.55 + 0.004 * i + scale * 0.014 * random.nextGaussian(),
                    0,
                    0.6,
                    accuracy,
                    10 - 0.02 * i + scale * 0.03 * random.nextGaussian(),
                    0,
                    8,
                    1,
                    perClass,
                    StopReason.CONVERGED));
        }
        return points;
    }
}
