package io.phasescope.model.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SweepVariationTest {

    private final SweepSpec patterns = SweepPresets.PATTERNS.spec(null);

    @Test
    void hiddenWidthsMakeTheCnnAnMlpSizedForTheDataset() {
        SweepSpec mlp = SweepVariation.of(patterns, DataRequest.Kind.MNIST, List.of(32, 16), Activation.RELU);

        assertThat(mlp.network()).isEqualTo(new NetworkSpec(784, List.of(32, 16), Activation.RELU, 10, 1));
        assertThat(mlp.data().kind()).isEqualTo(DataRequest.Kind.MNIST);
        assertThat(mlp.data().trainSize()).isEqualTo(patterns.data().trainSize());
        assertThat(mlp.grid()).isEqualTo(patterns.grid());
    }

    @Test
    void anActivationOrMnistForTheCnnIsRefusedNamingTheField() {
        assertThatThrownBy(() -> SweepVariation.of(patterns, null, null, Activation.RELU))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("activation: the sweep trains the patterns CNN");
        assertThatThrownBy(() -> SweepVariation.of(patterns, DataRequest.Kind.FASHION, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("dataset: the patterns CNN cannot read fashion");
        assertThat(SweepVariation.of(patterns, DataRequest.Kind.PATTERNS_PAPER, null, null)
                        .network())
                .isEqualTo(patterns.network());
    }

    @Test
    void aSpecInsideAnotherDocumentParsesAsItsFileDoesAndNamesItsSource() throws Exception {
        ObjectMapper json = new ObjectMapper();

        SweepSpec parsed = SweepSpecJson.parse(json.readTree(SweepSpecJson.toJson(patterns)), "base", Path.of("."))
                .spec();

        assertThat(SweepSpecJson.toJson(parsed)).isEqualTo(SweepSpecJson.toJson(patterns));
        assertThatThrownBy(() -> SweepSpecJson.parse(json.readTree("{\"format\": 3}"), "sweeps[1]", Path.of(".")))
                .isInstanceOf(SweepFormatException.class)
                .hasMessageContaining("sweeps[1]");
    }
}
