package io.phasescope.tests;

import java.util.List;

/**
 * The options of the CLI tests' tiny sweep: the patterns preset on 150 training and 90 test images, 3 epochs per
 * step, one worker, stopping at the grid's end. A test adds its grid and folder.
 */
final class TinyPatternsSweep {

    static final List<String> OPTIONS = List.of(
            "--preset",
            "patterns",
            "--subset",
            "150",
            "--test-subset",
            "90",
            "--epochs",
            "3",
            "--patience",
            "2",
            "--workers",
            "1",
            "--no-until-trivial");

    private TinyPatternsSweep() {}
}
