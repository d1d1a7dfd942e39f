package io.phasescope.app.gui.curvature;

import io.phasescope.app.gui.phase.TinySweeps;
import io.phasescope.model.sweep.Pathfinder;
import io.phasescope.model.sweep.SweepAnalysis;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepListener;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.train.JobControl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The Phase-diagram tests' tiny sweep: 16-8-8-3 sigmoid on 300 synthetic patterns, 7 λ values from 0 to 0.3, up
 * and down (14 kept points, into the trivial phase and back), run once and copied for each test.
 */
final class TinySweep {

    static final SweepSpec SPEC = TinySweeps.TINY;
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
