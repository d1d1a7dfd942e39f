package io.phasescope.tests;

import io.phasescope.model.io.ModelStore;
import io.phasescope.model.io.SavedModel;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.train.TrainingOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A child process for {@link ModelKillTest}: saves a model (784-128-10, 0.4 MB of float32) into the folder
 * {@code args[0]} over and over, round after round from {@code args[1]}, until it is killed. Round r has initSeed r,
 * θ_i = r + i·2⁻²⁰, θ_ref = −θ and a metrics.json of {@code {"round": r}}, so that a mixture shows. Prints
 * {@code saved r} after each save.
 */
public final class ModelSaver {

    static final NetworkSpec SPEC = new NetworkSpec(784, List.of(128), Activation.SIGMOID, 10, 0);

    private ModelSaver() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        for (int round = first; ; round++) {
            ModelStore.save(folder, model(round), Map.of("metrics.json", metrics(round)));
            System.out.println("saved " + round);
            System.out.flush();
        }
    }

    static SavedModel model(int round) {
        float[] theta = theta(round);
        float[] ref = new float[theta.length];
        for (int i = 0; i < ref.length; i++) {
            ref[i] = -theta[i];
        }
        return new SavedModel(
                SPEC.withInitSeed(round),
                TrainingOptions.defaults().withThetaRef(ref).withLambda(1e-3),
                theta,
                "round " + round,
                "none");
    }

    static float[] theta(int round) {
        float[] theta = new float[SPEC.parameterCount()];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = round + i * 0x1p-20f;
        }
        return theta;
    }

    static byte[] metrics(int round) {
        return ("{\"round\": " + round + "}").getBytes(StandardCharsets.UTF_8);
    }
}
