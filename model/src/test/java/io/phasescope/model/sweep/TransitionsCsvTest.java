package io.phasescope.model.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.sweep.SweepMode.Branch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransitionsCsvTest {

    @TempDir
    Path folder;

    /** A down branch walks from high λ to low: its jump's bracket in walking order is (0.012, 0.011). */
    private static Transition downJump() {
        return new Transition(Branch.DOWN, 1, 0.0115, 0.012, 0.011, 3.0, 9.0, 0.1, 0.6, List.of());
    }

    @Test
    void bracketsAreWrittenInAscendingLambdaOnEveryBranch() throws IOException {
        Path file = folder.resolve("transitions.csv");
        TransitionsCsv.write(file, List.of(downJump().refined(0.01190, 0.01185)));

        String[] cells = Files.readAllLines(file).get(1).split(",");
        assertThat(Double.parseDouble(cells[3])).isLessThan(Double.parseDouble(cells[4]));
        assertThat(cells[3]).isEqualTo("0.01185");
        assertThat(cells[4]).isEqualTo("0.0119");
    }

    @Test
    void aRefinedDownBracketReadsBackInWalkingOrder() throws IOException {
        Path file = folder.resolve("transitions.csv");
        TransitionsCsv.write(file, List.of(downJump().refined(0.01190, 0.01185)));

        Transition read = TransitionsCsv.read(file, List.of(downJump())).get(0);

        assertThat(read.lambdaLo()).isEqualTo(0.01190);
        assertThat(read.lambdaHi()).isEqualTo(0.01185);
    }
}
