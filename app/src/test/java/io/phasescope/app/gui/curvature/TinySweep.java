package io.phasescope.app.gui.curvature;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.Pathfinder;
import io.phasescope.model.sweep.SweepAnalysis;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepListener;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.train.JobControl;
import io.phasescope.model.train.TrainingOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Phase-diagram tests' tiny sweep: 16-8-8-3 sigmoid on 300 synthetic patterns, 7 λ values from 0 to 0.3, up
 * and down (14 kept points, into the trivial phase and back), run once and copied for each test.
 */
final class TinySweep {

    static final SweepSpec SPEC = new SweepSpec(
            "tiny",
            new DataRequest(DataRequest.Kind.PATTERNS, 300, 150, 1, null),
            new NetworkSpec(16, List.of(8, 8), Activation.SIGMOID, 3, 1),
            TrainingOptions.defaults().withBatchSize(32).withEpochs(4, 2).withLearningRate(0.01),
            SweepGrid.linear(0, 0.3, 0.05),
            SweepMode.UPDOWN,
            List.of(1L),
            1);
    static final int POINTS = 14;

    private TinySweep() {}

    /** Runs the sweep into {@code root}. */
    static void run(Path root) throws IOException {
        SweepFolder folder = SweepFolder.openOrCreate(root, SPEC);
        Pathfinder.run(folder, SPEC.data().load(m -> {}), 1, SweepListener.none(), JobControl.none());
    }

    /** The transitions and phases of the sweep in {@code root}. */
    static SweepAnalysis analysis(Path root) throws IOException {
        return SweepAnalysis.of(SweepFolder.open(root).points(), SweepAnalysis.DEFAULT_HOLD_THRESHOLD);
    }

    /** A copy of the folder {@code from} at {@code to}. */
    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                try {
                    Files.copy(file, to.resolve(from.relativize(file).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return to;
    }
}
