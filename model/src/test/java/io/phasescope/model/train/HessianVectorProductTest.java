package io.phasescope.model.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.data.Dataset;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The R-operator Hessian-vector product against finite differences of the gradient, and its symmetry. */
class HessianVectorProductTest {

    private static float[] hvp(NetworkSpec spec, Dataset data, float[] theta, float[] v) {
        float[] out = new float[theta.length];
        try (HessianVectorProduct product = new HessianVectorProduct(spec, data)) {
            product.apply(theta, v, out);
        }
        return out;
    }

    /** (∇E(θ + εv) − ∇E(θ − εv)) / 2ε. */
    private static float[] finiteDifference(NetworkSpec spec, Dataset data, float[] theta, float[] v, double eps) {
        float[] plus = theta.clone();
        float[] minus = theta.clone();
        for (int i = 0; i < theta.length; i++) {
            plus[i] += (float) (eps * v[i]);
            minus[i] -= (float) (eps * v[i]);
        }
        float[] gPlus = new float[theta.length];
        float[] gMinus = new float[theta.length];
        try (MlpEngine engine = new MlpEngine(spec, theta, TrainingOptions.defaults())) {
            engine.gradient(plus, data, gPlus);
            engine.gradient(minus, data, gMinus);
        }
        float[] fd = new float[theta.length];
        for (int i = 0; i < fd.length; i++) {
            fd[i] = (float) ((gPlus[i] - gMinus[i]) / (2 * eps));
        }
        return fd;
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"SIGMOID", "TANH", "RELU"})
    void matchesCentralDifferencesOfTheGradient(Activation activation) {
        NetworkSpec spec = new NetworkSpec(8, List.of(7, 6), activation, 4, 3);
        Dataset data = RandomData.dataset(60, 8, 4, 21);
        float[] theta = RandomData.vector(spec.parameterCount(), 0.6, 22);
        float[] v = RandomData.vector(spec.parameterCount(), 1.0, 23);
        float[] exact = hvp(spec, data, theta, v);
        float[] numeric = finiteDifference(spec, data, theta, v, 1e-3);
        assertThat(RandomData.relativeError(exact, numeric)).isLessThan(activation == Activation.RELU ? 2e-2 : 2e-3);
    }

    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"SIGMOID", "TANH"})
    void equalsTheFiniteDifferenceHessianOfATinyNetworkAndIsSymmetric(Activation activation) {
        NetworkSpec spec = new NetworkSpec(4, List.of(3), activation, 2, 5);
        Dataset data = RandomData.dataset(30, 4, 2, 31);
        float[] theta = RandomData.vector(spec.parameterCount(), 0.8, 32);
        int n = spec.parameterCount();
        float[][] exact = new float[n][];
        double largest = 0;
        for (int i = 0; i < n; i++) {
            float[] e = new float[n];
            e[i] = 1f;
            exact[i] = hvp(spec, data, theta, e);
            float[] numeric = finiteDifference(spec, data, theta, e, 1e-2);
            for (int j = 0; j < n; j++) {
                largest = Math.max(largest, Math.abs(numeric[j]));
                assertThat((double) exact[i][j]).as("H[%d][%d]", j, i).isCloseTo(numeric[j],
                        org.assertj.core.api.Assertions.within(2e-3));
            }
        }
        assertThat(largest).isGreaterThan(1e-2);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertThat((double) exact[i][j]).isCloseTo(exact[j][i], org.assertj.core.api.Assertions.within(1e-5));
            }
        }
        float[] u = RandomData.vector(n, 1, 41);
        float[] w = RandomData.vector(n, 1, 42);
        double uHw = dot(u, hvp(spec, data, theta, w));
        double wHu = dot(w, hvp(spec, data, theta, u));
        assertThat(uHw).isCloseTo(wHu, org.assertj.core.api.Assertions.within(1e-5 * Math.abs(uHw) + 1e-7));
    }

    private static double dot(float[] x, float[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * (double) y[i];
        }
        return s;
    }
}
