package io.phasescope.model.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.model.data.DataRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SweepPresetsTest {

    @Test
    void fashionIsThePaperSweepOnFashionMnist() {
        SweepSpec paper = SweepPresets.PAPER.spec(null);
        SweepSpec fashion = SweepPresets.parse("Fashion").spec(Path.of("/data/fashion"));

        assertThat(fashion.name()).isEqualTo("fashion");
        assertThat(fashion.data())
                .isEqualTo(new DataRequest(DataRequest.Kind.FASHION, 0, 0, 1, Path.of("/data/fashion")));
        assertThat(fashion.withData(paper.data()))
                .isEqualTo(new SweepSpec(
                        "fashion",
                        paper.data(),
                        paper.network(),
                        paper.options(),
                        SweepGrid.linear(0, 0.075, 2.5e-4),
                        paper.mode(),
                        paper.seeds(),
                        paper.paramStride(),
                        UntilTrivial.upTo10TimesTheEndOf(SweepGrid.linear(0, 0.075, 2.5e-4))));
    }

    @Test
    void thePapersRemainingExperimentsArePresets() {
        SweepSpec paper = SweepPresets.PAPER.spec(null);
        SweepSpec lr = SweepPresets.parse("paper-lr0.015").spec(null);
        SweepSpec patterns = SweepPresets.parse("patterns-paper").spec(null);

        assertThat(lr.options()).isEqualTo(paper.options().withLearningRate(0.015));
        assertThat(lr.grid()).isEqualTo(paper.grid());
        assertThat(lr.network()).isEqualTo(paper.network());
        assertThat(patterns.data().kind()).isEqualTo(DataRequest.Kind.PATTERNS_PAPER);
        assertThat(patterns.options().learningRate()).isEqualTo(0.01);
        assertThat(patterns.grid()).as("β 0..1 in 100 steps").isEqualTo(SweepGrid.linear(0, 0.5, 0.005));
        assertThat(patterns.grid().values()).hasSize(101);
    }

    @Test
    void everyPresetsUpBranchGoesOnUntilTrivialUpTo10TimesItsGridsEnd() {
        for (SweepPresets preset : SweepPresets.values()) {
            SweepSpec spec = preset.spec(null);
            assertThat(spec.untilTrivial().enabled()).as(preset.name()).isTrue();
            assertThat(spec.untilTrivial().capLambda())
                    .as(preset.name())
                    .isEqualTo(10 * spec.grid().stop());
        }
    }

    @Test
    void unknownPresetListsTheKnownOnes() {
        assertThatThrownBy(() -> SweepPresets.parse("cifar"))
                .hasMessage(
                        "preset must be one of paper, classroom, relu, patterns, fashion, paper-lr0.015, patterns-paper, was 'cifar'");
        assertThat(DataRequest.Kind.parse(" FASHION ")).isEqualTo(DataRequest.Kind.FASHION);
        assertThatThrownBy(() -> DataRequest.Kind.parse("cifar"))
                .hasMessage("dataset must be mnist, fashion, patterns or patterns-paper, was 'cifar'");
    }
}
