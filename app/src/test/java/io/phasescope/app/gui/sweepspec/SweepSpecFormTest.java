package io.phasescope.app.gui.sweepspec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.app.gui.sweepspec.SweepSpecForm.GridKind;
import io.phasescope.app.gui.sweepspec.SweepSpecForm.Network;
import io.phasescope.app.task.DirectTaskExecutor;
import io.phasescope.app.training.DatasetChoice;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.net.PatternsCnnSpec;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepPresets;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.sweep.UntilTrivial;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The custom sweep's form without a screen: presets in and out unchanged, edits, and every field's checks. */
class SweepSpecFormTest {

    private static final Path MNIST = Path.of("/data/mnist");
    private final DirectTaskExecutor executor = new DirectTaskExecutor();

    @Test
    void everyPresetFillsTheFormAndComesBackAsTheSameSpec() {
        for (SweepPresets preset : SweepPresets.values()) {
            // as the app offers them: the MNIST folder for the MNIST presets only
            boolean mnist = preset.spec(null).data().kind() == DataRequest.Kind.MNIST;
            SweepSpec spec = preset.spec(mnist ? MNIST : null);
            SweepSpecForm form = new SweepSpecForm(SweepPresets.CLASSROOM.spec(MNIST), MNIST, executor);

            form.fill(spec);

            assertThat(form.recipe(spec.mode(), spec.seeds())).as(preset.id()).isEqualTo(renamed(spec));
        }
    }

    @Test
    void theIssuesAcceptanceSpecIsTypedIntoTheForm() {
        SweepSpecForm form = new SweepSpecForm(SweepPresets.PAPER.spec(null), null, executor);
        form.training().hiddenWidths().setText("64");
        form.training().activationProperty().set(Activation.TANH);
        form.training().learningRate().setText("0.01");
        form.training().batchSize().setText("128");
        form.training().trainSize().setText("3000");
        form.training().testSize().setText("1000");
        form.gridKindProperty().set(GridKind.LOG);
        form.grid().setText("1e-4:0.1:25");

        SweepSpec spec = form.recipe(SweepMode.UP, List.of(1L));

        assertThat(spec.name()).isEqualTo("custom");
        assertThat(spec.network()).isEqualTo(new NetworkSpec(784, List.of(64), Activation.TANH, 10, 1));
        assertThat(spec.options().learningRate()).isEqualTo(0.01);
        assertThat(spec.options().batchSize()).isEqualTo(128);
        assertThat(spec.data()).isEqualTo(new DataRequest(DataRequest.Kind.MNIST, 3000, 1000, 1, null));
        assertThat(spec.grid()).isEqualTo(SweepGrid.log(1e-4, 0.1, 25));
        assertThat(spec.untilTrivial())
                .as("a log grid is never extended, whatever the check box says")
                .isEqualTo(UntilTrivial.off());
        assertThat(spec.paramStride()).as("the preset's").isEqualTo(10);
    }

    @Test
    void switchingTheGridsSpacingKeepsItsEndsAndCount() {
        SweepSpecForm form = new SweepSpecForm(SweepPresets.CLASSROOM.spec(null), null, executor);
        int points = form.grid().getValue().values().length;

        form.gridKindProperty().set(GridKind.LOG);

        assertThat(form.grid().validProperty().get())
                .as(form.grid().errorProperty().get())
                .isTrue();
        assertThat(form.grid().getValue().stop()).isEqualTo(0.05);
        assertThat(form.grid().getValue().values()).hasSize(points);
        assertThat(form.grid().getValue().start())
                .as("a log grid starts above 0")
                .isPositive();
    }

    @Test
    void theCnnIsForThePatternsOnly() {
        SweepSpecForm form = new SweepSpecForm(SweepPresets.PATTERNS.spec(null), null, executor);
        assertThat(form.networkProperty().get()).isEqualTo(Network.CNN);
        assertThat(form.recipe(SweepMode.UP, List.of(1L)).network()).isEqualTo(PatternsCnnSpec.patterns(1));

        form.training().datasetProperty().set(DatasetChoice.MNIST);

        assertThat(form.networkProperty().get()).isEqualTo(Network.MLP);
        assertThat(form.recipe(SweepMode.UP, List.of(1L)).network().inputSize()).isEqualTo(784);
    }

    @Test
    void aBadGridOrThetaRefShowsItsErrorAndTheSpecIsRefused() {
        SweepSpecForm form = new SweepSpecForm(SweepPresets.CLASSROOM.spec(null), null, executor);
        SweepGrid before = form.grid().getValue();

        form.grid().setText("0:0.05");

        assertThat(form.grid().validProperty().get()).isFalse();
        assertThat(form.grid().errorProperty().get()).contains("Grid").contains("0:0.05");
        assertThat(form.grid().getValue()).as("the last good grid").isEqualTo(before);
        assertThat(form.isValid()).isFalse();
        assertThatThrownBy(() -> form.recipe(SweepMode.UP, List.of(1L))).hasMessageContaining("0:0.05");

        form.grid().setText("0.05:0:0.01");
        assertThat(form.grid().errorProperty().get()).contains("stop");
        form.grid().setText("0:0.05:0.001");
        form.ref().setText("/no/such/model");
        assertThat(form.ref().errorProperty().get()).contains("θ_ref").contains("/no/such/model");
    }

    private static SweepSpec renamed(SweepSpec s) {
        return new SweepSpec(
                SweepSpecForm.NAME,
                s.data(),
                s.network(),
                s.options(),
                s.grid(),
                s.mode(),
                s.seeds(),
                s.paramStride(),
                s.untilTrivial());
    }
}
