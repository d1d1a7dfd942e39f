package io.phasescope.model.train;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.data.DatasetSplit;

/** Computes an {@link Evaluation} of the engine's current θ. */
public final class Evaluator {

    private Evaluator() {}

    /** Evaluates the current θ of {@code engine} on both halves of {@code data} under {@code options}' λ and θ_ref. */
    public static Evaluation evaluate(TrainingEngine engine, DatasetSplit data, TrainingOptions options) {
        Predictions train = engine.predict(data.train());
        Predictions test = engine.predict(data.test());
        Dataset testSet = data.test();
        int[][] confusion = confusion(test, testSet);
        double[] perClass = perClassAccuracy(confusion);
        float[] theta = engine.parameters();
        double norm = Math.sqrt(squaredDistance(theta, null));
        double distRef = options.thetaRef() == null ? norm : Math.sqrt(squaredDistance(theta, options.thetaRef()));
        return new Evaluation(
                options.lambda(),
                train.meanLoss(),
                train.meanLoss() + options.lambda() * distRef * distRef,
                test.meanLoss(),
                accuracy(train, data.train()),
                accuracy(test, testSet),
                perClass,
                confusion,
                norm,
                distRef);
    }

    /** Confusion counts {@code [true][predicted]} of {@code predictions} on {@code data}. */
    public static int[][] confusion(Predictions predictions, Dataset data) {
        int classes = data.classCount();
        int[][] confusion = new int[classes][classes];
        for (int i = 0; i < data.size(); i++) {
            confusion[data.labels()[i]][predictions.predicted()[i]]++;
        }
        return confusion;
    }

    /** Recall of each true class from confusion counts; NaN for a class with no examples. */
    public static double[] perClassAccuracy(int[][] confusion) {
        double[] perClass = new double[confusion.length];
        for (int c = 0; c < confusion.length; c++) {
            int total = 0;
            for (int count : confusion[c]) {
                total += count;
            }
            perClass[c] = total == 0 ? Double.NaN : (double) confusion[c][c] / total;
        }
        return perClass;
    }

    /** Fraction of examples whose predicted class equals the label. */
    public static double accuracy(Predictions predictions, Dataset data) {
        int correct = 0;
        for (int i = 0; i < data.size(); i++) {
            if (predictions.predicted()[i] == data.labels()[i]) {
                correct++;
            }
        }
        return (double) correct / data.size();
    }

    /** ‖θ − ref‖² in double precision; {@code ref == null} means the origin. */
    public static double squaredDistance(float[] theta, float[] ref) {
        double sum = 0;
        for (int i = 0; i < theta.length; i++) {
            double d = theta[i] - (ref == null ? 0f : ref[i]);
            sum += d * d;
        }
        return sum;
    }
}
