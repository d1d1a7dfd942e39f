package io.phasescope.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spectrum --model} of a patterns model without {@code --subset} asked for its default 10 000 training images,
 * more than the patterns' 3 000, and was refused: the default is the whole set when it is smaller.
 */
class SpectrumDefaultsCliTest {

    @TempDir
    Path dir;

    @Test
    void aPatternsModelsSpectrumNeedsNoSubset() {
        Path model = dir.resolve("model");
        CliRunner train = new CliRunner();
        assertThat(train.run(TinyPatternsModel.trainArgs(model)))
                .as(train.err())
                .isZero();

        CliRunner cli = new CliRunner();
        int exit = cli.run(
                "spectrum", "--model", model.toString(), "--dataset", "patterns", "--top", "1", "--bottom", "1");

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out()).contains("3000");
    }
}
