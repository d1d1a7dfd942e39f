package io.phasescope.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.curvature.CurvatureSettings;
import io.phasescope.app.gui.curvature.CurvatureViewModel;
import io.phasescope.app.gui.export.ExportViewModel;
import io.phasescope.app.gui.form.ValidatedField;
import io.phasescope.app.gui.landscape.LandscapeViewModel;
import io.phasescope.app.gui.library.LibraryViewModel;
import io.phasescope.app.gui.library.ModelLibrary;
import io.phasescope.app.gui.phase.PhaseViewModel;
import io.phasescope.app.gui.training.TrainingSettings;
import io.phasescope.app.task.DirectTaskExecutor;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every numeric field of the app refuses out-of-range and malformed text with a message that names the field
 * and repeats the bad text, and keeps its last good value.
 */
class InputFieldsAuditTest {

    @TempDir
    Path dir;

    @Test
    void everyFieldNamesItselfAndTheBadValue() {
        DirectTaskExecutor executor = new DirectTaskExecutor();
        StatusModel status = new StatusModel();
        TrainingSettings training = new TrainingSettings(null, executor);
        ModelLibrary library = new ModelLibrary();
        LandscapeViewModel landscape = new LandscapeViewModel(library, null, dir, executor, status);
        LibraryViewModel minima = new LibraryViewModel(library, null, executor, status);
        ExportViewModel export = new ExportViewModel(executor, status);
        PhaseViewModel phase = new PhaseViewModel((Path) null, dir, executor, status);
        CurvatureSettings curvature = new CurvatureViewModel(
                        phase.shown().folderProperty(),
                        phase.shown().analysisProperty(),
                        phase.settings().unitProperty(),
                        executor,
                        status)
                .settings();

        Map<ValidatedField<?>, String[]> cases = new LinkedHashMap<>();
        cases.put(training.trainSize(), new String[] {"-5", "Train"});
        cases.put(training.testSize(), new String[] {"0", "Test"});
        cases.put(training.hiddenWidths(), new String[] {"0", "hidden width"});
        cases.put(training.learningRate(), new String[] {"-1", "rate"});
        cases.put(training.batchSize(), new String[] {"0", "Batch"});
        cases.put(training.maxEpochs(), new String[] {"0", "epochs"});
        cases.put(training.patience(), new String[] {"-2", "Patience"});
        cases.put(training.seed(), new String[] {"one", "Seed"});
        cases.put(landscape.settings().lambda(), new String[] {"-0.1", "λ"});
        cases.put(landscape.settings().classIndex(), new String[] {"10", "Class"});
        cases.put(landscape.settings().subset(), new String[] {"99", "Test images"});
        cases.put(landscape.settings().seed(), new String[] {"1.5", "Seed"});
        cases.put(minima.seeds(), new String[] {"x", "Seeds"});
        cases.put(minima.subset(), new String[] {"70000", "Training subset"});
        cases.put(export.width(), new String[] {"-1", "Width"});
        cases.put(export.height(), new String[] {"1e9", "Height"});
        cases.put(phase.settings().seeds(), new String[] {"", "Seeds"});
        cases.put(phase.settings().custom().form().grid(), new String[] {"0:1", "Grid"});
        cases.put(phase.settings().custom().form().ref(), new String[] {"no-such-model", "θ_ref"});
        cases.put(curvature.images(), new String[] {"-1", "Training images"});
        cases.put(curvature.top(), new String[] {"51", "Top k"});
        cases.put(curvature.bottom(), new String[] {"two", "Bottom k"});
        cases.put(curvature.tolerance(), new String[] {"0", "Tolerance"});
        cases.put(curvature.maxSteps(), new String[] {"1", "Lanczos steps"});
        cases.put(curvature.traceProbes(), new String[] {"-3", "Trace probes"});
        cases.put(curvature.probes(), new String[] {"0", "Probes"});
        cases.put(curvature.steps(), new String[] {"1e3x", "Steps per probe"});

        for (Map.Entry<ValidatedField<?>, String[]> c : cases.entrySet()) {
            ValidatedField<?> field = c.getKey();
            Object before = field.getValue();
            field.setText(c.getValue()[0]);

            assertThat(field.commit()).as(c.getValue()[1]).isFalse();
            assertThat(field.errorProperty().get()).as(c.getValue()[1]).containsIgnoringCase(c.getValue()[1]);
            if (!c.getValue()[0].isEmpty()) {
                assertThat(field.errorProperty().get()).as(c.getValue()[1]).contains(c.getValue()[0]);
            }
            assertThat((Object) field.getValue())
                    .as(c.getValue()[1] + " keeps its last good value")
                    .isEqualTo(before);
        }
    }
}
