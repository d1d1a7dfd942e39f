package io.phasescope.app.gui.sweepspec;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.form.InputParsers;
import io.phasescope.app.gui.form.ValidatedField;
import io.phasescope.app.task.ManualTaskExecutor;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.io.ModelStore;
import io.phasescope.model.io.SavedModel;
import io.phasescope.model.net.Activation;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.train.TrainingOptions;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The custom sweep's check and wall-time estimate, driven by hand ({@link ManualTaskExecutor}): nothing happens until
 * the form is still, the work runs in the background, a change cancels the stale work and drops its results, and a
 * measured timing is reused when only the grid, mode or seeds change.
 */
class WallTimeEstimatorTest {

    private static final SweepSpec TINY = new SweepSpec(
            "tiny",
            new DataRequest(DataRequest.Kind.PATTERNS, 300, 150, 1, null),
            new NetworkSpec(16, List.of(8), Activation.SIGMOID, 3, 1),
            TrainingOptions.defaults().withBatchSize(32).withEpochs(4, 2),
            SweepGrid.linear(0, 0.3, 0.05),
            SweepMode.UP,
            List.of(1L),
            1);

    @TempDir
    Path dir;

    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private final SimpleObjectProperty<SweepMode> mode = new SimpleObjectProperty<>(SweepMode.UP);
    private final ValidatedField<List<Long>> seeds = new ValidatedField<>("1", InputParsers::seeds, executor);

    private CustomSweep custom() {
        CustomSweep custom = new CustomSweep(List.of(TINY), mode, seeds, executor);
        custom.activeProperty().set(true);
        return custom;
    }

    @Test
    void theEstimateIsMeasuredInTheBackgroundOnceTheFormIsStill() {
        CustomSweep custom = custom();
        WallTimeEstimator estimator = custom.estimator();
        assertThat(estimator.estimateProperty().get())
                .as("nothing before the form is still")
                .isEmpty();

        executor.fireDebounced();
        assertThat(estimator.estimateProperty().get()).startsWith("Measuring the epoch time of 16-8-3 sigmoid");
        assertThat(custom.readyProperty().get())
                .as("θ_ref is read in the background")
                .isFalse();
        executor.runTasks();

        assertThat(estimator.estimateProperty().get()).matches("≈ \\d+ (s|min) \\(\\S+ s per epoch, measured\\)");
        assertThat(custom.readyProperty().get()).isTrue();
        assertThat(custom.spec().grid()).isEqualTo(TINY.grid());
    }

    @Test
    void aChangeCancelsTheStaleWorkAndOnlyTheNewSpecCounts() {
        CustomSweep custom = custom();
        executor.fireDebounced();

        custom.form().training().hiddenWidths().setText("4");
        assertThat(custom.readyProperty().get()).as("the form changed").isFalse();
        executor.fireDebounced();
        executor.runTasks();

        assertThat(custom.estimator().estimateProperty().get()).contains("measured");
        assertThat(custom.spec().network().describe()).isEqualTo("16-4-3 sigmoid");
    }

    @Test
    void aTimingIsReusedWhenOnlyTheGridModeOrSeedsChange() {
        CustomSweep custom = custom();
        executor.fireDebounced();
        executor.runTasks();

        custom.form().grid().setText("0:0.6:0.05");
        seeds.setText("1, 2");
        executor.fireDebounced();

        assertThat(custom.estimator().estimateProperty().get())
                .as("at once, from the measured epoch time, before any task ran")
                .contains("measured");
        executor.runTasks(); // reads θ_ref (none)
        assertThat(custom.spec().grid().values()).hasSize(13);
    }

    @Test
    void aThetaRefOfAnotherNetworkIsRefusedAndNothingCanRun() throws Exception {
        Path model = dir.resolve("other");
        NetworkSpec other = new NetworkSpec(16, List.of(5), Activation.SIGMOID, 3, 1);
        ModelStore.save(model, new SavedModel(other, TrainingOptions.defaults(), other.initialize(), "fp", "patterns"));
        CustomSweep custom = custom();
        custom.form().ref().setText(model.toString());

        executor.fireDebounced();
        executor.runTasks();

        assertThat(custom.estimator().problemProperty().get())
                .contains("θ_ref")
                .contains(model.toString())
                .contains("parameters");
        assertThat(custom.readyProperty().get()).isFalse();
    }

    @Test
    void aThetaRefOfTheSameNetworkGoesIntoTheSpec() throws Exception {
        Path model = dir.resolve("same");
        NetworkSpec net = (NetworkSpec) TINY.network();
        float[] theta = net.withInitSeed(7).initialize();
        ModelStore.save(model, new SavedModel(net, TrainingOptions.defaults(), theta, "fp", "patterns"));
        CustomSweep custom = custom();
        custom.form().ref().setText(model.toString());

        executor.fireDebounced();
        executor.runTasks();

        assertThat(custom.spec().options().thetaRef()).containsExactly(theta);
    }
}
