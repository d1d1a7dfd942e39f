package io.phasescope.cluster;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.PatternsCnnSpec;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.sweep.SweepSpecJson;
import io.phasescope.model.train.TrainingOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The tests' tiny study: the patterns CNN on 150 training and 90 test images, 3 epochs per step (patience 2), λ from
 * 0 to 0.3 in steps of 0.1, up, seeds 1 and 2 — two tasks of a few seconds each.
 */
final class TinyStudy {

    private TinyStudy() {}

    /** The tiny base sweep, with {@code seeds}. */
    static SweepSpec sweep(List<Long> seeds) {
        return sweep(SweepGrid.linear(0, 0.3, 0.1), seeds);
    }

    /** The tiny base sweep on {@code grid}, with {@code seeds}. */
    static SweepSpec sweep(SweepGrid grid, List<Long> seeds) {
        return new SweepSpec(
                "tiny",
                new DataRequest(DataRequest.Kind.PATTERNS, 150, 90, 1, null),
                PatternsCnnSpec.patterns(seeds.get(0)),
                TrainingOptions.defaults().withLearningRate(0.01).withEpochs(3, 2),
                grid,
                SweepMode.UP,
                seeds,
                1);
    }

    /** A 16-8-3 sigmoid MLP on 300 training and 150 test patterns, λ from 0 to 0.3 in steps of 0.1, {@code seeds}. */
    static SweepSpec mlp(List<Long> seeds) {
        return new SweepSpec(
                "tiny-mlp",
                new DataRequest(DataRequest.Kind.PATTERNS, 300, 150, 1, null),
                new NetworkSpec(16, List.of(8), Activation.SIGMOID, 3, 1),
                TrainingOptions.defaults().withEpochs(3, 2).withLearningRate(0.01),
                SweepGrid.linear(0, 0.3, 0.1),
                SweepMode.UP,
                seeds,
                1);
    }

    /** Writes the tiny study spec (seeds 1 and 2, varied) to {@code file}. */
    static Path write(Path file) throws IOException {
        return write(file, SweepGrid.linear(0, 0.3, 0.1), "[1, 2]");
    }

    /** Writes a study spec of the tiny sweep on {@code grid}, varied over {@code seeds} (a JSON list). */
    static Path write(Path file, SweepGrid grid, String seeds) throws IOException {
        String base = SweepSpecJson.toJson(sweep(grid, List.of(1L)));
        Files.writeString(
                file,
                "{\"format\": \"phasescope-study\", \"version\": 1, \"name\": \"tiny\",\n \"base\": " + base
                        + ",\n \"vary\": {\"seeds\": " + seeds + "}}\n");
        return file;
    }
}
