package io.phasescope.render.training;

import io.phasescope.model.train.BatchProgress;
import io.phasescope.model.train.Evaluation;
import java.util.ArrayList;
import java.util.List;

/** A small synthetic training history for chart tests. */
public final class RunFixtures {

    public static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private RunFixtures() {}

    /** {@code epochs} epochs of {@code batchesPerEpoch} batches each, with falling loss and rising accuracy. */
    public static TrainingChartData run(int epochs, int batchesPerEpoch) {
        TrainingChartData data = new TrainingChartData(DIGITS);
        long iteration = 0;
        for (int e = 1; e <= epochs; e++) {
            List<BatchProgress> batches = new ArrayList<>();
            for (int b = 1; b <= batchesPerEpoch; b++) {
                iteration++;
                batches.add(new BatchProgress(
                        e, iteration, b, batchesPerEpoch, 2.3 / Math.sqrt(iteration) + 0.05 * (b % 3)));
            }
            data.addBatches(batches);
            data.addEpoch(e, evaluation(e));
        }
        return data;
    }

    /** An evaluation after epoch {@code e} whose class 7 is absent from the test set. */
    public static Evaluation evaluation(int e) {
        double[] perClass = new double[10];
        for (int c = 0; c < 10; c++) {
            perClass[c] = c == 7 ? Double.NaN : Math.min(1, 0.5 + 0.04 * c + 0.05 * e);
        }
        return new Evaluation(
                1e-4, 1.0 / e, 1.0 / e + 0.01, 1.1 / e, 1 - 0.5 / e, 1 - 0.6 / e, perClass, new int[10][10], 10, 10);
    }
}
