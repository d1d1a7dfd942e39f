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
        return new Transition(Branch.DOWN, 1, 0.0115, 0.012, 0.011, 3.0, 9.0, 0.1, 0.6, List.of(), TransitionKind.FULL);
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

    @Test
    void theKindIsTheLastColumnAndAPartialRefinementComesBackOnlyToThePartialTransition() throws IOException {
        Path file = folder.resolve("transitions.csv");
        Transition full = new Transition(
                Branch.UP, 1, 0.0123, 0.0121, 0.0125, 8.2, 7.7, 0.82, 0.80, List.of(5), TransitionKind.FULL);
        Transition partial = new Transition(
                Branch.UP, 1, 0.0123, 0.0121, 0.0125, 8.2, 7.7, 0.82, 0.80, List.of(5), TransitionKind.PARTIAL);
        TransitionsCsv.write(file, List.of(partial.refined(0.0122, 0.0123)));

        assertThat(Files.readAllLines(file).get(0)).endsWith(",kind");
        assertThat(Files.readAllLines(file).get(1)).endsWith(",5,partial");
        List<Transition> read = TransitionsCsv.read(file, List.of(full, partial));
        assertThat(read.get(0)).isEqualTo(full);
        assertThat(read.get(1).lambdaC()).isEqualTo(0.01225);
        assertThat(read.get(1).kind()).isEqualTo(TransitionKind.PARTIAL);
    }

    @Test
    void aFileWrittenBeforeTheKindColumnStillReadsItsRowsAsFull() throws IOException {
        Path file = folder.resolve("transitions.csv");
        Files.writeString(file, TransitionsCsv.LEGACY_HEADER + "\ndown,1,0.01188,0.01185,0.0119,3.0,9.0,0.1,0.6,\n");

        Transition read = TransitionsCsv.read(file, List.of(downJump())).get(0);

        assertThat(read.lambdaC()).isEqualTo(0.011875);
        assertThat(read.kind()).isEqualTo(TransitionKind.FULL);
    }
}
