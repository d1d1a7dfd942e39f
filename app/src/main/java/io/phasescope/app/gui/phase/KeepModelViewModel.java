package io.phasescope.app.gui.phase;

import io.phasescope.app.gui.common.Command;
import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.library.ModelLibrary;
import io.phasescope.app.library.LibraryModel;
import io.phasescope.app.phase.BranchKey;
import io.phasescope.app.phase.ModelAtLambda;
import io.phasescope.app.phase.PhaseFormat;
import io.phasescope.app.task.BackgroundTask;
import io.phasescope.app.task.TaskExecutor;
import io.phasescope.model.net.NetworkSpec;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.SweepSpec;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.binding.Bindings;

/**
 * "Add to model library": the kept parameters nearest to the selected λ on its branch ({@link ModelAtLambda#kept()},
 * which the model pane names when they are not the point's own)
 * becomes a library model, for the landscape explorer. Only MLP sweeps: their models can be sliced.
 */
public final class KeepModelViewModel {

    private final PhaseViewModel phase;
    private final ModelLibrary library;
    private final TaskExecutor executor;
    private final StatusModel status;
    private final Command keep;

    public KeepModelViewModel(PhaseViewModel phase, ModelLibrary library, TaskExecutor executor, StatusModel status) {
        if (phase == null || library == null || executor == null || status == null) {
            throw new IllegalArgumentException("phase, library, executor and status must be given");
        }
        this.phase = phase;
        this.library = library;
        this.executor = executor;
        this.status = status;
        keep = new Command(
                "Add to model library",
                Bindings.createBooleanBinding(
                        () -> {
                            ModelAtLambda model = phase.model().modelProperty().get();
                            return model != null
                                    && model.kept() != null
                                    && phase.shown().folderProperty().get() != null;
                        },
                        phase.model().modelProperty(),
                        phase.shown().folderProperty()),
                this::keep);
    }

    public Command keepCommand() {
        return keep;
    }

    private void keep() {
        SweepPoint source = phase.model().modelProperty().get().kept();
        // an overlaid walk's model is in its own folder
        Path root = phase.shown().folderOf(BranchKey.of(source)).root();
        executor.execute(BackgroundTask.of("keep model", control -> {
                    SweepFolder folder = SweepFolder.open(root);
                    SweepSpec spec = folder.spec();
                    if (!(spec.network() instanceof NetworkSpec network)) {
                        throw new IllegalArgumentException(
                                "only MLP models can be explored in the landscape; this sweep" + " trains "
                                        + spec.network().describe());
                    }
                    float[] theta = folder.parameters(source.branch(), source.seed(), source.index())
                            .orElseThrow(() -> new IllegalStateException(
                                    "the parameters at λ = " + source.lambda() + " are gone"));
                    return new LibraryModel(
                            String.format(
                                    Locale.ROOT,
                                    "%s λ=%s %s s%d",
                                    root.getFileName(),
                                    PhaseFormat.number(source.lambda()),
                                    source.branch().id(),
                                    source.seed()),
                            String.format(
                                    Locale.ROOT,
                                    "sweep %s, %s branch, seed %d, λ = %s (β = %s), test accuracy %.1f %%",
                                    root,
                                    source.branch().id(),
                                    source.seed(),
                                    PhaseFormat.number(source.lambda()),
                                    PhaseFormat.number(2 * source.lambda()),
                                    100 * source.testAccuracy()),
                            network.withInitSeed(source.seed()),
                            theta,
                            spec.data().kind());
                })
                .onSuccess(model -> {
                    LibraryModel added =
                            library.add(model.name(), model.origin(), model.spec(), model.theta(), model.dataset());
                    status.info("Added " + added.name() + " to the model library (Landscape tab)");
                })
                .onFailure(error -> status.error("Cannot add this model to the library: " + error.getMessage())));
    }
}
