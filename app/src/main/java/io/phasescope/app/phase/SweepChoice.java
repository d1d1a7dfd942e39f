package io.phasescope.app.phase;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepPresets;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.train.TrainingOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A sweep the Phase-diagram view offers: the model's presets, the quick patterns sweep that only the
 * view offers, or a sweep opened from a folder.
 *
 * @param id short name for folder names, for example {@code "classroom"}
 * @param label shown in the preset choice
 * @param spec the sweep (its mode and seeds are the defaults of the view's settings)
 */
public record SweepChoice(String id, String label, SweepSpec spec) {

    /** The label of the quick patterns sweep. */
    public static final String PATTERNS_QUICK = "Patterns (quick)";

    public SweepChoice {
        if (id == null || id.isBlank() || label == null || label.isBlank() || spec == null) {
            throw new IllegalArgumentException(
                    "id, label and spec must be given, were '" + id + "', '" + label + "', " + spec);
        }
    }

    /**
     * Classroom first (the default), then the quick patterns sweep, the patterns CNN on Phasescope's and on the
     * paper's patterns, the paper, the paper at learning rate 0.015, its ReLU variant and the paper's sweep on
     * Fashion-MNIST. {@code mnistFolder} applies to the MNIST sweeps only.
     */
    public static List<SweepChoice> standard(Path mnistFolder) {
        return List.of(
                new SweepChoice(
                        SweepPresets.CLASSROOM.id(),
                        "Classroom · MNIST 10k, a few minutes",
                        SweepPresets.CLASSROOM.spec(mnistFolder)),
                new SweepChoice("patterns-quick", PATTERNS_QUICK, patternsQuick()),
                new SweepChoice(
                        SweepPresets.PATTERNS.id(),
                        "Patterns CNN · the paper's staircase",
                        SweepPresets.PATTERNS.spec(null)),
                new SweepChoice(
                        SweepPresets.PATTERNS_PAPER.id(),
                        "Paper's patterns · stripes and checkerboard",
                        SweepPresets.PATTERNS_PAPER.spec(null)),
                new SweepChoice(
                        SweepPresets.PAPER.id(), "Paper · MNIST 60k, many hours", SweepPresets.PAPER.spec(mnistFolder)),
                new SweepChoice(
                        SweepPresets.PAPER_LR0015.id(),
                        "Paper at lr 0.015 · MNIST 60k, many hours",
                        SweepPresets.PAPER_LR0015.spec(mnistFolder)),
                new SweepChoice(
                        SweepPresets.RELU.id(),
                        "Paper with ReLU · MNIST 60k, many hours",
                        SweepPresets.RELU.spec(mnistFolder)),
                new SweepChoice(
                        SweepPresets.FASHION.id(),
                        "Paper on Fashion-MNIST 60k, many hours",
                        SweepPresets.FASHION.spec(null)));
    }

    /**
     * Seconds, not minutes: the 3-class 4×4 patterns (3000 train, 900 test) on a 16-32-32-3 sigmoid network,
     * Adam 5e-3, batch 16, ≤ 30 epochs per step with patience 3, λ from 0 to 0.08 in steps of 5e-4, up and
     * down. Up, the deep network drops to 2/3 accuracy at λ ≈ 0.031 and to the trivial 1/3 at λ ≈ 0.058; the
     * down branch stays trapped in the trivial phase until λ ≈ 0.008: a wide hysteresis loop.
     */
    public static SweepSpec patternsQuick() {
        return new SweepSpec(
                "patterns-quick",
                new DataRequest(DataRequest.Kind.PATTERNS, 0, 0, 1, null),
                new NetworkSpec(16, List.of(32, 32), Activation.SIGMOID, 3, 1),
                TrainingOptions.defaults()
                        .withLearningRate(5e-3)
                        .withBatchSize(16)
                        .withEpochs(30, 3),
                SweepGrid.linear(0, 0.08, 5e-4),
                SweepMode.UPDOWN,
                List.of(1L),
                1);
    }

    /** The choice that shows a sweep opened from {@code folder}. */
    public static SweepChoice opened(Path folder, SweepSpec spec) {
        String name = folder.getFileName() == null
                ? folder.toString()
                : folder.getFileName().toString();
        return new SweepChoice(
                spec.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), "Opened: " + name, spec);
    }

    @Override
    public String toString() {
        return label;
    }
}
