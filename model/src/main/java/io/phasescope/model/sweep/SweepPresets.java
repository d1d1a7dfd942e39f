package io.phasescope.model.sweep;

import io.phasescope.model.data.DataRequest;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.Architecture;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.PatternsCnnSpec;
import io.phasescope.model.train.TrainingOptions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Named sweeps, documented in docs/science.md. */
public enum SweepPresets {
    /**
     * The paper: MNIST 60k/10k, 784-128-128-10 sigmoid, Adam 1.5e-3, batch 64, ≤ 50 epochs per step,
     * patience 5, β from 0 to 0.09 in steps of 2e-4 (λ from 0 to 0.045 in steps of 1e-4).
     */
    PAPER("paper"),
    /** Fast enough for a lesson (≤ 3 minutes on 2 cores), still with several jumps and the trivial phase. */
    CLASSROOM("classroom"),
    /**
     * The paper's sweep with ReLU hidden layers, on its own λ grid: ReLU networks hold their classes to far larger
     * λ (trivial near λ = 0.24 in the exploratory run of docs/science.md), so λ runs from 0 to 0.27 in steps of 1e-3.
     */
    RELU("relu"),
    /**
     * The synthetic 3-class 4×4 patterns (1500 train, 900 test) on the small CNN, the paper's Adam settings,
     * λ from 0 to 0.5 in steps of 0.02, up: a staircase 100 → 67 → 33% in about a minute on one core.
     */
    PATTERNS("patterns"),
    /**
     * The paper's network and training on Fashion-MNIST 60k/10k instead of MNIST, on its own λ grid: Fashion-MNIST
     * is trivial near λ = 0.06 (docs/science.md), past the paper's 0.045, so λ runs from 0 to 0.075 in steps of
     * 2.5e-4.
     */
    FASHION("fashion"),
    /** The paper's sweep at the authors' second learning rate, Adam 0.015 (10× {@link #PAPER}'s), on its grid. */
    PAPER_LR0015("paper-lr0.015"),
    /**
     * The paper's synthetic experiment: the patterns CNN on its three noisy pattern classes (horizontal stripes,
     * vertical stripes, checkerboard; {@link DataRequest.Kind#PATTERNS_PAPER}), all 3000 training and 900 test
     * images, Adam 0.01, batch 64, ≤ 50 epochs, patience 5, weight decay β from 0 to 1 in 100 steps (λ from 0 to
     * 0.5 in steps of 0.005).
     */
    PATTERNS_PAPER("patterns-paper");

    private final String id;

    SweepPresets(String id) {
        this.id = id;
    }

    /**
     * The preset's spec, reading its dataset's IDX files from {@code dataFolder} (null: the verified cache). Its up
     * branch goes on past the grid until the trivial phase ({@link UntilTrivial}, capped at 10× the grid's end), so
     * that no hierarchy is cut off before its last level.
     */
    public SweepSpec spec(java.nio.file.Path dataFolder) {
        SweepSpec walk = grid(dataFolder);
        return walk.withUntilTrivial(UntilTrivial.upTo10TimesTheEndOf(walk.grid()));
    }

    private SweepSpec grid(java.nio.file.Path dataFolder) {
        TrainingOptions paperOptions = TrainingOptions.defaults();
        return switch (this) {
            case PAPER ->
                fullData(DataRequest.Kind.MNIST, dataFolder, NetworkSpec.paper(1), paperOptions, 0.045, 1e-4, 10);
            case CLASSROOM ->
                new SweepSpec(
                        id,
                        new DataRequest(DataRequest.Kind.MNIST, 10_000, 2000, 1, dataFolder),
                        NetworkSpec.paper(1),
                        paperOptions.withEpochs(30, 5),
                        SweepGrid.linear(0, 0.05, 0.0008),
                        SweepMode.UPDOWN,
                        List.of(1L),
                        1);
            case RELU ->
                fullData(
                        DataRequest.Kind.MNIST,
                        dataFolder,
                        new NetworkSpec(784, List.of(128, 128), Activation.RELU, 10, 1),
                        paperOptions,
                        0.27,
                        1e-3,
                        10);
            case PATTERNS ->
                new SweepSpec(
                        id,
                        new DataRequest(DataRequest.Kind.PATTERNS, 1500, 0, 1, dataFolder),
                        PatternsCnnSpec.patterns(1),
                        paperOptions,
                        SweepGrid.linear(0, 0.5, 0.02),
                        SweepMode.UP,
                        List.of(1L),
                        1);
            case FASHION ->
                fullData(DataRequest.Kind.FASHION, dataFolder, NetworkSpec.paper(1), paperOptions, 0.075, 2.5e-4, 10);
            case PAPER_LR0015 ->
                fullData(
                        DataRequest.Kind.MNIST,
                        dataFolder,
                        NetworkSpec.paper(1),
                        paperOptions.withLearningRate(0.015),
                        0.045,
                        1e-4,
                        10);
            case PATTERNS_PAPER ->
                fullData(
                        DataRequest.Kind.PATTERNS_PAPER,
                        dataFolder,
                        PatternsCnnSpec.patterns(1),
                        paperOptions.withLearningRate(0.01),
                        0.5,
                        0.005,
                        1);
        };
    }

    /**
     * An up sweep of seed 1 on the whole training and test sets of {@code kind}, λ from 0 to {@code stop} in steps of
     * {@code step}, keeping the parameters of every {@code paramStride}-th point.
     */
    private SweepSpec fullData(
            DataRequest.Kind kind,
            java.nio.file.Path dataFolder,
            Architecture network,
            TrainingOptions options,
            double stop,
            double step,
            int paramStride) {
        return new SweepSpec(
                id,
                new DataRequest(kind, 0, 0, 1, dataFolder),
                network,
                options,
                SweepGrid.linear(0, stop, step),
                SweepMode.UP,
                List.of(1L),
                paramStride);
    }

    /** The preset's name as on the command line, for example {@code "paper-lr0.015"}. */
    public String id() {
        return id;
    }

    /** Parses a preset name (case-insensitive). */
    public static SweepPresets parse(String text) {
        for (SweepPresets preset : values()) {
            if (text != null && preset.id.equalsIgnoreCase(text.trim())) {
                return preset;
            }
        }
        throw new IllegalArgumentException("preset must be one of "
                + Arrays.stream(values()).map(SweepPresets::id).collect(Collectors.joining(", "))
                + ", was '" + text + "'");
    }
}
