package io.phasescope.app.gui.workspace;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.curvature.CurvatureViewModel;
import io.phasescope.app.gui.landscape.LandscapeViewModel;
import io.phasescope.app.gui.library.ModelLibrary;
import io.phasescope.app.gui.library.TinyMinima;
import io.phasescope.app.gui.phase.PhaseViewModel;
import io.phasescope.app.phase.SweepChoice;
import io.phasescope.app.task.DirectTaskExecutor;
import io.phasescope.model.data.DataRequest;
import io.phasescope.model.sweep.SweepGrid;
import io.phasescope.model.sweep.SweepMode;
import io.phasescope.model.sweep.SweepSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * The view models of one headless session for workspace tests, everything on the calling thread: sweeps go to
 * {@code dir/sweeps}, autosave to {@code dir/autosave.phasescope}; the one sweep choice is {@link #TINY}.
 */
final class WorkspaceSession {

    /** Three λ values of a tiny network on the synthetic patterns: a sweep of a few seconds. */
    static final SweepSpec TINY = new SweepSpec(
            "tiny",
            new DataRequest(DataRequest.Kind.PATTERNS, 300, 150, 1, null),
            TinyMinima.NET,
            TinyMinima.OPTIONS,
            SweepGrid.linear(0, 0.1, 0.05),
            SweepMode.UP,
            List.of(1L),
            1);

    final StatusModel status = new StatusModel();
    final DirectTaskExecutor executor = new DirectTaskExecutor();
    final ModelLibrary library = new ModelLibrary();
    final PhaseViewModel phase;
    final LandscapeViewModel landscape;
    final CurvatureViewModel curvature;
    final WorkspaceViewModel workspace;

    WorkspaceSession(Path dir, Preferences prefs) {
        phase = new PhaseViewModel(
                List.of(new SweepChoice("tiny", "Tiny", TINY)), dir.resolve("sweeps"), executor, status);
        landscape = new LandscapeViewModel(library, null, dir.resolve("paths"), executor, status);
        curvature = new CurvatureViewModel(
                phase.shown().folderProperty(),
                phase.shown().analysisProperty(),
                phase.settings().unitProperty(),
                executor,
                status);
        curvature.automaticProperty().set(false);
        workspace = new WorkspaceViewModel(
                library,
                phase,
                landscape,
                curvature,
                new RecentFiles(prefs),
                dir.resolve("autosave.phasescope"),
                executor,
                status);
    }
}
