package io.phasescope.model.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.Dl4jNetworks;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.XavierInit;
import java.util.List;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.config.Adam;

/** The fast engine computes what DL4J's MultiLayerNetwork computes: loss, gradient and Adam steps. */
class MlpEngineEquivalenceTest {

    private static final double TOLERANCE = 1e-5;

    @ParameterizedTest
    @EnumSource(Activation.class)
    void lossAndGradientMatchDl4j(Activation activation) {
        NetworkSpec spec = new NetworkSpec(20, List.of(16, 12), activation, 5, 7);
        float[] theta = RandomData.vector(spec.parameterCount(), 0.4, 11);
        Dataset data = RandomData.dataset(37, 20, 5, 3);

        MultiLayerNetwork reference = Dl4jNetworks.network(spec, theta, 1e-3);
        reference.setInput(features(data));
        reference.setLabels(oneHot(data));
        reference.computeGradientAndScore();
        // DL4J's gradient is the batch sum; its updater divides by the minibatch size (miniBatch = true).
        Gradient expected = reference.gradient();
        float[] expectedGradient = expected.gradient().div(data.size()).toFloatVector();

        try (MlpEngine engine = new MlpEngine(spec, theta, TrainingOptions.defaults())) {
            float[] gradient = new float[spec.parameterCount()];
            double loss = engine.gradient(data, gradient);
            assertThat(loss).isCloseTo(reference.score(), within(TOLERANCE * reference.score()));
            assertThat(RandomData.relativeError(gradient, expectedGradient)).isLessThan(TOLERANCE);
            assertThat(engine.predict(data).meanLoss()).isCloseTo(loss, within(TOLERANCE * loss));
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void sparseInputsTakeTheSparsePathAndStillMatchDl4j(Activation activation) {
        NetworkSpec spec = new NetworkSpec(70, List.of(40, 20), activation, 6, 3);
        float[] theta = RandomData.vector(spec.parameterCount(), 0.3, 5);
        Dataset dense = RandomData.dataset(300, 70, 6, 8);
        float[] x = dense.features().clone();
        java.util.Random random = new java.util.Random(4);
        for (int i = 0; i < x.length; i++) {
            if (random.nextDouble() < 0.8) {
                x[i] = -0.4242f;
            }
        }
        Dataset sparse = new Dataset("sparse", 300, 70, 6, x, dense.labels());
        assertThat(SparseRows.of(sparse)).as("80% background: sparse form used").isNotNull();
        assertThat(SparseRows.of(dense)).as("dense data: BLAS path").isNull();

        MultiLayerNetwork reference = Dl4jNetworks.network(spec, theta, 1e-3);
        reference.setInput(features(sparse));
        reference.setLabels(oneHot(sparse));
        reference.computeGradientAndScore();
        INDArray probabilities = reference.output(features(sparse));
        try (MlpEngine engine = new MlpEngine(spec, theta, TrainingOptions.defaults())) {
            Predictions predictions = engine.predict(sparse);
            assertThat(predictions.meanLoss()).isCloseTo(reference.score(), within(TOLERANCE * reference.score()));
            for (int i = 0; i < sparse.size(); i++) {
                assertThat(predictions.predicted()[i])
                        .isEqualTo(probabilities.getRow(i).argMax().getInt(0));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void adamStepsMatchDl4jFit(Activation activation) {
        NetworkSpec spec = new NetworkSpec(12, List.of(10, 8), activation, 4, 5);
        float[] theta = XavierInit.initialize(spec);
        Dataset data = RandomData.dataset(16, 12, 4, 9);
        int[] order = identity(data.size());
        TrainingOptions options = TrainingOptions.defaults().withLearningRate(0.01);

        MultiLayerNetwork reference = Dl4jNetworks.network(spec, theta, options.learningRate());
        try (MlpEngine engine = new MlpEngine(spec, theta, options)) {
            for (int step = 0; step < 3; step++) {
                reference.fit(new DataSet(features(data), oneHot(data)));
                engine.trainStep(data, order, 0, data.size());
                assertThat(RandomData.relativeError(engine.parameters(), Dl4jNetworks.parameters(reference)))
                        .as("step %d", step)
                        .isLessThan(TOLERANCE);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void penalizedAdamStepsMatchDl4jGradientPlusPenalty(Activation activation) {
        NetworkSpec spec = new NetworkSpec(12, List.of(9), activation, 3, 2);
        float[] theta = XavierInit.initialize(spec);
        float[] ref = RandomData.vector(spec.parameterCount(), 0.3, 4);
        Dataset data = RandomData.dataset(20, 12, 3, 8);
        double lambda = 0.05;
        TrainingOptions options = TrainingOptions.defaults()
                .withLearningRate(0.01)
                .withLambda(lambda)
                .withThetaRef(ref);

        MultiLayerNetwork reference = Dl4jNetworks.network(spec, theta, options.learningRate());
        int n = spec.parameterCount();
        AdamUpdater adam = new AdamUpdater(new Adam(options.learningRate()));
        adam.setStateViewArray(Nd4j.zeros(1, 2L * n), new long[] {1, n}, 'c', true);
        INDArray refArray = Nd4j.createFromArray(ref).reshape(1, n);
        try (MlpEngine engine = new MlpEngine(spec, theta, options)) {
            for (int step = 0; step < 3; step++) {
                reference.setInput(features(data));
                reference.setLabels(oneHot(data));
                reference.computeGradientAndScore();
                INDArray params = reference.params();
                INDArray update = reference
                        .gradient()
                        .gradient()
                        .div(data.size())
                        .reshape(1, n)
                        .addi(params.reshape(1, n).sub(refArray).muli(2 * lambda));
                adam.applyUpdater(update, step, 0);
                reference.setParams(params.reshape(1, n).sub(update));

                engine.trainStep(data, identity(data.size()), 0, data.size());
                assertThat(RandomData.relativeError(engine.parameters(), Dl4jNetworks.parameters(reference)))
                        .as("step %d", step)
                        .isLessThan(TOLERANCE);
            }
        }
    }

    static INDArray features(Dataset data) {
        return Nd4j.createFromArray(data.features()).reshape(data.size(), data.featureCount());
    }

    static INDArray oneHot(Dataset data) {
        float[] y = new float[data.size() * data.classCount()];
        for (int i = 0; i < data.size(); i++) {
            y[i * data.classCount() + data.labels()[i]] = 1f;
        }
        return Nd4j.createFromArray(y).reshape(data.size(), data.classCount());
    }

    static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }
}
