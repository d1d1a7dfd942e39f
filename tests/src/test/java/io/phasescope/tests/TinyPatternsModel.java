package io.phasescope.tests;

import java.nio.file.Path;

/** The CLI tests' tiny model: a 16-8-3 sigmoid MLP trained 2 epochs on 300 training and 150 test patterns. */
final class TinyPatternsModel {

    private TinyPatternsModel() {}

    /** The {@code train} command line that writes the model to {@code out}. */
    static String[] trainArgs(Path out) {
        return new String[] {
            "train",
            "--dataset",
            "patterns",
            "--hidden",
            "8",
            "--epochs",
            "2",
            "--subset",
            "300",
            "--test-subset",
            "150",
            "--out",
            out.toString()
        };
    }
}
