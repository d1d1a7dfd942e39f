package io.phasescope.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.model.study.StudyTask;
import io.phasescope.model.study.SweepSummary;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.Transition;
import io.phasescope.model.sweep.TransitionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepSummaryTest {

    private final StudyTask task = new StudyTask("001-patterns-cnn-lr0.01-s2", TinyStudy.sweep(List.of(2L)));

    @Test
    void aRowListsEachLambdaCAndTheClassesLostAtIt() {
        SweepSummary summary = SweepSummary.of(
                task,
                List.of(jump(0.18, List.of(2), TransitionKind.FULL), jump(0.3, List.of(0, 1), TransitionKind.PARTIAL)),
                12.34);

        assertThat(summary.csvRow())
                .isEqualTo("001-patterns-cnn-lr0.01-s2,patterns,cnn,cnn,0.01,2,1,1,0.180000;0.300000,{2};{0 1},12.3");
        assertThat(summary.describeTransitions()).isEqualTo("0.180000{2} 0.300000{0 1}");
        assertThat(SweepSummary.HEADER.split(","))
                .hasSameSizeAs(summary.csvRow().split(","));
    }

    @Test
    void aSweepWithoutTransitionsHasEmptyLists() {
        SweepSummary summary = SweepSummary.of(task, List.of(), 1);

        assertThat(summary.csvRow()).isEqualTo("001-patterns-cnn-lr0.01-s2,patterns,cnn,cnn,0.01,2,0,0,,,1.0");
        assertThat(summary.describeTransitions()).isEqualTo("-");
    }

    private static Transition jump(double lambda, List<Integer> lost, TransitionKind kind) {
        return new Transition(Branch.UP, 2, lambda, lambda - 0.01, lambda + 0.01, 5, 3, 1, 0.67, lost, kind);
    }
}
