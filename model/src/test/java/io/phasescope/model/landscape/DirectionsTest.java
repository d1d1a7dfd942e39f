package io.phasescope.model.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.ParameterLayout;
import io.phasescope.model.train.JobControl;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectionsTest {

    private final NetworkSpec spec = LandscapeFixtures.spec(Activation.RELU);

    @Test
    void filterNormalizationGivesEachNeuronTheNormOfItsIncomingWeights() {
        float[] theta = LandscapeFixtures.minimum(spec, 1);
        ParameterLayout layout = new ParameterLayout(spec);
        for (Directions.BiasMode mode : Directions.BiasMode.values()) {
            float[] d = Directions.filterNormalized(spec, theta, 7, mode);
            for (int l = 0; l < layout.layers(); l++) {
                for (int j = 0; j < layout.fanOut(l); j++) {
                    int start = layout.weightOffset(l) + j * layout.fanIn(l);
                    double dn = 0;
                    double tn = 0;
                    for (int p = 0; p < layout.fanIn(l); p++) {
                        dn += d[start + p] * (double) d[start + p];
                        tn += theta[start + p] * (double) theta[start + p];
                    }
                    assertThat(Math.sqrt(dn)).isCloseTo(Math.sqrt(tn), within(1e-4 * Math.sqrt(tn) + 1e-7));
                    float bias = d[layout.biasOffset(l) + j];
                    assertThat(Math.abs(bias))
                            .isEqualTo(
                                    mode == Directions.BiasMode.ZERO ? 0f : Math.abs(theta[layout.biasOffset(l) + j]));
                }
            }
        }
    }

    @Test
    void filterNormalizedSlicesOfRescaledEquivalentReluNetworksCoincide() {
        float[] theta = LandscapeFixtures.minimum(spec, 2);
        ParameterLayout layout = new ParameterLayout(spec);
        float[] rescaled = theta.clone();
        int firstLayerEnd = layout.weightOffset(1);
        for (int i = 0; i < firstLayerEnd; i++) {
            rescaled[i] *= 4f;
        }
        for (int i = firstLayerEnd; i < layout.biasOffset(1); i++) {
            rescaled[i] /= 4f;
        }
        SliceGrid original = slice(theta);
        SliceGrid equivalent = slice(rescaled);
        for (int i = 0; i < original.a().length; i++) {
            assertThat(equivalent.values()[0][i])
                    .as("a = %s", original.a()[i])
                    .isCloseTo(original.values()[0][i], within(1e-4));
        }
    }

    private SliceGrid slice(float[] origin) {
        float[] d = Directions.filterNormalized(spec, origin, 11, Directions.BiasMode.ZERO);
        SliceSpec s = new SliceSpec(spec, origin, d, null, -1, 1, 0, 0, 9, SliceQuantity.loss());
        return SliceComputer.compute(s, LandscapeFixtures.DATA.test(), 1, g -> {}, JobControl.none());
    }

    @Test
    void planeThroughThreeModelsPutsThemAtTheirCoordinates() {
        float[] a = LandscapeFixtures.minimum(spec, 1);
        float[] b = LandscapeFixtures.minimum(spec, 2);
        float[] c = LandscapeFixtures.minimum(spec, 3);
        Directions.Plane plane = Directions.plane(a, b, c);
        assertThat(Directions.project(b, plane.origin(), plane.d1(), plane.d2()))
                .containsExactly(new double[] {1, 0}, within(1e-6));
        assertThat(Directions.project(c, plane.origin(), plane.d1(), plane.d2()))
                .containsExactly(new double[] {plane.cAlong(), 1}, within(1e-6));
    }

    @Test
    void principalComponentsOfALineAreItsDirection() {
        float[] a = LandscapeFixtures.minimum(spec, 1);
        float[] b = LandscapeFixtures.minimum(spec, 2);
        float[][] pcs =
                Directions.principalComponents(List.of(a, LinearPath.at(a, b, 0.3), LinearPath.at(a, b, 0.7), b), 1);
        float[] ab = Directions.toward(a, b);
        double cosine = Math.abs(Directions.dot(pcs[0], ab)) / Math.sqrt(Directions.dot(ab, ab));
        assertThat(cosine).isCloseTo(1.0, within(1e-5));
    }
}
