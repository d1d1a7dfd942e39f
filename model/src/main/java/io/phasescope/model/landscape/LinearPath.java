package io.phasescope.model.landscape;

/** The straight line θ(t) = (1 − t)·θ_A + t·θ_B. */
public final class LinearPath {

    private LinearPath() {}

    /** θ(t); t = 0 gives exactly A and t = 1 exactly B. */
    public static float[] at(float[] a, float[] b, double t) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("A has " + a.length + " parameters, B " + b.length);
        }
        if (t == 0) {
            return a.clone();
        }
        if (t == 1) {
            return b.clone();
        }
        float[] theta = new float[a.length];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = (float) ((1 - t) * a[i] + t * b[i]);
        }
        return theta;
    }
}
