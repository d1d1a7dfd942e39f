package io.phasescope.app.gui.landscape;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.library.ModelLibrary;
import io.phasescope.app.gui.library.TinyMinima;
import io.phasescope.app.task.DirectTaskExecutor;
import java.nio.file.Path;

/** The landscape tests' view model: both tiny minima in the library, 21 points per axis, run synchronously. */
final class TinyLandscape {

    private TinyLandscape() {}

    static LandscapeViewModel withBothMinima(ModelLibrary library, Path paths, StatusModel status) {
        LandscapeViewModel vm = new LandscapeViewModel(library, null, paths, new DirectTaskExecutor(), status);
        vm.settings().resolutionProperty().set(21);
        TinyMinima.addBoth(library);
        return vm;
    }
}
