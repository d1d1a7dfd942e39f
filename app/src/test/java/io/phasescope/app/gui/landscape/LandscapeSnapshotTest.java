package io.phasescope.app.gui.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasescope.app.gui.common.StatusModel;
import io.phasescope.app.gui.library.ModelLibrary;
import io.phasescope.app.gui.library.TinyMinima;
import io.phasescope.app.landscape.SliceResult;
import io.phasescope.app.library.LibraryModel;
import io.phasescope.app.task.DirectTaskExecutor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The slice on screen travels with the Landscape view's snapshot and reopens without being computed again. */
class LandscapeSnapshotTest {

    @TempDir
    Path paths;

    private final StatusModel status = new StatusModel();

    private LandscapeViewModel viewModel(ModelLibrary library) {
        LandscapeViewModel vm = new LandscapeViewModel(library, null, paths, new DirectTaskExecutor(), status);
        vm.settings().resolutionProperty().set(21);
        return vm;
    }

    @Test
    void theSliceOnScreenIsSavedAndShownAgainFromTheFile() throws IOException {
        ModelLibrary library = new ModelLibrary();
        LandscapeViewModel first = viewModel(library);
        TinyMinima.addBoth(library);
        SliceResult shown = first.slices().sliceProperty().get();
        assertThat(shown.grid().complete()).isTrue();

        LandscapeSnapshot.Captured captured = LandscapeSnapshot.capture(first);

        assertThat(captured.state().slice()).isNotNull();
        assertThat(captured.entries()).containsKeys("slice/grid.bin", "slice/d1.bin", "slice/d2.bin");
        Map<String, LibraryModel> models = new LinkedHashMap<>();
        library.models().forEach(m -> models.put(m.name(), m));
        LandscapeSnapshot.Prepared prepared = LandscapeSnapshot.prepare(captured.state(), captured.entries(), models);
        ModelLibrary reopened = new ModelLibrary();
        reopened.replaceAll(library.models());
        LandscapeViewModel second = viewModel(reopened);
        second.slices().activeProperty().set(false); // as while the workspace opens on another tab: nothing computes

        LandscapeSnapshot.apply(second, prepared, models);
        assertThat(second.slices().sliceProperty().get())
                .as("nothing computed while the tab is hidden")
                .isNull();
        second.slices().activeProperty().set(true);

        SliceResult restored = second.slices().sliceProperty().get();
        assertThat(restored.seconds())
                .as("the saved slice, not a new computation")
                .isEqualTo(shown.seconds());
        assertThat(restored.grid().values()).isDeepEqualTo(shown.grid().values());
        assertThat(restored.axes().d2()).containsExactly(shown.axes().d2());
        assertThat(restored.request()).isEqualTo(second.settings().request());
        assertThat(status.messageProperty().get()).startsWith("Slice from the cache");
    }

    @Test
    void aDamagedSliceEntryRefusesTheFile() throws IOException {
        ModelLibrary library = new ModelLibrary();
        LandscapeViewModel vm = viewModel(library);
        TinyMinima.addBoth(library);
        LandscapeSnapshot.Captured captured = LandscapeSnapshot.capture(vm);
        Map<String, byte[]> entries = new HashMap<>(captured.entries());
        byte[] grid = entries.get("slice/grid.bin");
        entries.put("slice/grid.bin", Arrays.copyOf(grid, grid.length - 3));
        Map<String, LibraryModel> models = new LinkedHashMap<>();
        library.models().forEach(m -> models.put(m.name(), m));

        assertThatThrownBy(() -> LandscapeSnapshot.prepare(captured.state(), entries, models))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("slice/grid.bin is damaged");
    }
}
