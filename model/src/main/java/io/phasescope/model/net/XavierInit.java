package io.phasescope.model.net;

import java.util.Random;

/**
 * Deterministic initialization as DL4J's {@code WeightInit.XAVIER}: each weight drawn from
 * N(0, 2 / (fanIn + fanOut)), biases zero. The same seed gives the same θ on every machine.
 */
public final class XavierInit {

    private XavierInit() {}

    /** A fresh θ for {@code spec}, seeded by {@link NetworkSpec#initSeed()}. */
    public static float[] initialize(NetworkSpec spec) {
        ParameterLayout layout = new ParameterLayout(spec);
        float[] theta = new float[layout.count()];
        Random random = new Random(spec.initSeed());
        for (int l = 0; l < layout.layers(); l++) {
            double std = Math.sqrt(2.0 / (layout.fanIn(l) + layout.fanOut(l)));
            int n = layout.fanIn(l) * layout.fanOut(l);
            for (int k = 0; k < n; k++) {
                theta[layout.weightOffset(l) + k] = (float) (random.nextGaussian() * std);
            }
        }
        return theta;
    }
}
