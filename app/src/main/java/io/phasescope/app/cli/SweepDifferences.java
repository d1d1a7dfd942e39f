package io.phasescope.app.cli;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.sweep.UntilTrivial;
import io.phasescope.model.train.TrainingOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a {@code sweep} command asks for that differs from the sweep it would resume, each as
 * {@code --option VALUE differs from the sweep's VALUE}. A resume must ask for the same sweep.
 */
final class SweepDifferences {

    private SweepDifferences() {}

    static List<String> of(SweepSpec requested, SweepSpec stored) {
        List<String> differences = new ArrayList<>();
        DataRequest d = requested.data();
        DataRequest s = stored.data();
        TrainingOptions o = requested.options();
        TrainingOptions so = stored.options();
        add(differences, "--preset", requested.name(), stored.name());
        add(differences, "--preset's dataset", d.kind().id(), s.kind().id());
        add(differences, "--subset", d.trainSize(), s.trainSize());
        add(differences, "--test-subset", d.testSize(), s.testSize());
        if (!d.kind().synthetic()) {
            add(differences, "--data", folder(d.folder()), folder(s.folder()));
        }
        add(
                differences,
                "--preset's network",
                requested.network().describe(),
                stored.network().describe());
        add(differences, "--epochs", o.maxEpochs(), so.maxEpochs());
        add(differences, "--patience", o.patience(), so.patience());
        add(
                differences,
                "--preset's training",
                "lr " + o.learningRate() + ", batch " + o.batchSize(),
                "lr " + so.learningRate() + ", batch " + so.batchSize());
        add(differences, "--lambda-grid", describe(requested), describe(stored));
        add(differences, "--mode", name(requested.mode()), name(stored.mode()));
        add(differences, "--seeds", requested.seeds(), stored.seeds());
        add(differences, "--until-trivial", describe(requested.untilTrivial()), describe(stored.untilTrivial()));
        add(differences, "--ref", describe(o.thetaRef()), describe(so.thetaRef()));
        return differences;
    }

    /** θ_ref in a few characters: the origin, or its norm and a hash of its values. */
    private static String describe(float[] thetaRef) {
        if (thetaRef == null) {
            return "the origin";
        }
        double norm = 0;
        for (float v : thetaRef) {
            norm += v * (double) v;
        }
        return String.format(
                Locale.ROOT, "θ_ref (‖θ_ref‖ = %.4f, #%08x)", Math.sqrt(norm), java.util.Arrays.hashCode(thetaRef));
    }

    private static String describe(UntilTrivial untilTrivial) {
        return untilTrivial.enabled() ? "on (cap λ = " + untilTrivial.capLambda() + ")" : "off";
    }

    private static void add(List<String> differences, String option, Object requested, Object stored) {
        if (!Objects.equals(requested, stored)) {
            differences.add(option + " " + requested + " differs from the sweep's " + stored);
        }
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String folder(Path folder) {
        return folder == null
                ? "(the cache)"
                : folder.toAbsolutePath().normalize().toString();
    }

    private static String describe(SweepSpec spec) {
        return spec.grid().isLog()
                ? "log " + spec.grid().start() + ".." + spec.grid().stop() + " × "
                        + spec.grid().count()
                : GridOption.format(spec.grid());
    }
}
