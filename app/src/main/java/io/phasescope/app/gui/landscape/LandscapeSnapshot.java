package io.phasescope.app.gui.landscape;

import io.phasescope.app.landscape.PathKind;
import io.phasescope.app.landscape.PathRecipe;
import io.phasescope.app.landscape.PathResult;
import io.phasescope.app.landscape.SliceFiles;
import io.phasescope.app.landscape.SliceResult;
import io.phasescope.app.library.LibraryModel;
import io.phasescope.app.workspace.LandscapeState;
import io.phasescope.model.io.FloatFiles;
import io.phasescope.model.landscape.DirectionKind;
import io.phasescope.model.landscape.Directions;
import io.phasescope.model.landscape.PathCsv;
import io.phasescope.model.landscape.PathProfile;
import io.phasescope.model.landscape.SliceAxes;
import io.phasescope.model.landscape.SliceGrid;
import io.phasescope.model.landscape.SliceQuantity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Saves the Landscape view into a workspace and restores it: {@link #capture} on the UI thread, {@link #prepare}
 * (rebuilding the paths, which may align networks or read a Pathfinder walk) on a worker thread, {@link #apply}
 * on the UI thread. Models are referred to by their library names.
 */
public final class LandscapeSnapshot {

    private static final String SLICE_GRID = "slice/grid.bin";
    private static final String SLICE_D1 = "slice/d1.bin";
    private static final String SLICE_D2 = "slice/d2.bin";

    private LandscapeSnapshot() {}

    /** The view's state and the archive entries it refers to (path profiles, Bézier control points). */
    public record Captured(LandscapeState state, Map<String, byte[]> entries) {}

    /** A state whose paths are rebuilt (and slice read, or null), ready for {@link #apply}. */
    public record Prepared(LandscapeState state, List<PathResult> paths, SliceResult slice) {

        /** Without a saved slice. */
        public Prepared(LandscapeState state, List<PathResult> paths) {
            this(state, paths, null);
        }
    }

    /** The view's settings, paths and t. UI thread. */
    public static Captured capture(LandscapeViewModel vm) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<LandscapeState.SavedPath> saved = new ArrayList<>();
        for (int i = 0; i < vm.paths().paths().size(); i++) {
            PathResult path = vm.paths().paths().get(i);
            PathRecipe recipe = path.recipe();
            String profile = "paths/" + i + ".csv";
            entries.put(profile, PathCsv.text(path.profile()).getBytes(StandardCharsets.UTF_8));
            String control = null;
            if (recipe.control() != null) {
                control = "paths/" + i + "-control.bin";
                entries.put(control, FloatFiles.toBytes(recipe.control()));
            }
            saved.add(new LandscapeState.SavedPath(
                    recipe.kind().name(),
                    recipe.a().name(),
                    recipe.b().name(),
                    recipe.align(),
                    path.name(),
                    profile,
                    control,
                    recipe.folder() == null ? null : recipe.folder().toString()));
        }
        LandscapeState state = new LandscapeState(
                name(vm.settings().originProperty().get()),
                name(vm.settings().modelBProperty().get()),
                name(vm.settings().modelCProperty().get()),
                vm.settings().directionProperty().get().name(),
                vm.settings().biasesProperty().get().name(),
                vm.settings().seed().getValue(),
                vm.settings().twoDimensionalProperty().get(),
                vm.settings().quantityProperty().get().name(),
                vm.settings().lambda().getValue(),
                vm.settings().classIndex().getValue(),
                vm.settings().rangeProperty().get(),
                vm.settings().resolutionProperty().get(),
                vm.settings().subset().getValue(),
                vm.settings().logScaleProperty().get(),
                vm.settings().trajectoryFolder() == null
                        ? null
                        : vm.settings().trajectoryFolder().toString(),
                saved,
                vm.paths().paths().indexOf(vm.paths().selectedPathProperty().get()),
                vm.paths().tProperty().get(),
                slice(vm, entries));
        return new Captured(state, entries);
    }

    /** The complete slice on screen, its grid and directions added to {@code entries}; null without one. */
    private static LandscapeState.SavedSlice slice(LandscapeViewModel vm, Map<String, byte[]> entries) {
        SliceResult shown = vm.slices().sliceProperty().get();
        if (shown == null || !shown.grid().complete()) {
            return null;
        }
        entries.put(SLICE_GRID, SliceFiles.toBytes(shown.grid()));
        entries.put(SLICE_D1, FloatFiles.toBytes(shown.axes().d1()));
        if (shown.axes().d2() != null) {
            entries.put(SLICE_D2, FloatFiles.toBytes(shown.axes().d2()));
        }
        return new LandscapeState.SavedSlice(
                SLICE_GRID,
                SLICE_D1,
                shown.axes().d2() == null ? null : SLICE_D2,
                shown.axes().aLabel(),
                shown.axes().bLabel(),
                shown.seconds());
    }

    /** Rebuilds the saved paths against {@code models} (by name). Worker thread; throws if anything is missing. */
    public static Prepared prepare(LandscapeState state, Map<String, byte[]> entries, Map<String, LibraryModel> models)
            throws IOException {
        List<PathResult> paths = new ArrayList<>();
        for (LandscapeState.SavedPath saved : state.paths()) {
            LibraryModel a = model(models, saved.a());
            LibraryModel b = model(models, saved.b());
            PathProfile profile = PathCsv.parse(
                    new String(entry(entries, saved.profile()), StandardCharsets.UTF_8),
                    saved.profile(),
                    saved.kind().toLowerCase(Locale.ROOT) + (saved.align() ? " aligned" : ""));
            float[] control = saved.control() == null
                    ? null
                    : FloatFiles.fromBytes(entry(entries, saved.control()), a.theta().length, saved.control());
            PathRecipe recipe = new PathRecipe(
                    PathKind.valueOf(saved.kind()),
                    a,
                    b,
                    saved.align(),
                    control,
                    saved.folder() == null ? null : Path.of(saved.folder()));
            paths.add(recipe.rebuild(saved.name(), profile));
        }
        return new Prepared(state, paths, slice(state, entries, models));
    }

    /** The saved slice as a result without its request (set when applied), or null. */
    private static SliceResult slice(
            LandscapeState state, Map<String, byte[]> entries, Map<String, LibraryModel> models) throws IOException {
        LandscapeState.SavedSlice saved = state.slice();
        if (saved == null || state.origin() == null) {
            return null;
        }
        int n = model(models, state.origin()).theta().length;
        SliceGrid grid = SliceFiles.fromBytes(entry(entries, saved.grid()), saved.grid());
        float[] d1 = FloatFiles.fromBytes(entry(entries, saved.d1()), n, saved.d1());
        float[] d2 = saved.d2() == null ? null : FloatFiles.fromBytes(entry(entries, saved.d2()), n, saved.d2());
        if ((d2 == null) != (grid.b().length == 1)) {
            throw new IOException("the saved slice's grid and directions disagree on its dimension");
        }
        return new SliceResult(null, new SliceAxes(d1, d2, saved.aLabel(), saved.bLabel()), grid, saved.seconds());
    }

    /** Restores the view: settings first, then the models (one slice starts), paths and t. UI thread. */
    public static void apply(LandscapeViewModel vm, Prepared prepared, Map<String, LibraryModel> models) {
        LandscapeState s = prepared.state();
        vm.settings().resolutionProperty().set(s.resolution());
        vm.settings().rangeProperty().set(s.range());
        vm.settings().subset().setText(Integer.toString(s.subset()));
        vm.settings().subset().commit();
        vm.settings().lambda().setText(Double.toString(s.lambda()));
        vm.settings().lambda().commit();
        vm.settings().classIndex().setText(Integer.toString(s.classIndex()));
        vm.settings().classIndex().commit();
        vm.settings().seed().setText(Long.toString(s.seed()));
        vm.settings().seed().commit();
        vm.settings().twoDimensionalProperty().set(s.twoDimensional());
        vm.settings().logScaleProperty().set(s.logScale());
        vm.settings().quantityProperty().set(SliceQuantity.Kind.valueOf(s.quantity()));
        vm.settings().biasesProperty().set(Directions.BiasMode.valueOf(s.biases()));
        vm.settings().directionProperty().set(DirectionKind.valueOf(s.direction()));
        vm.settings().modelBProperty().set(s.modelB() == null ? null : models.get(s.modelB()));
        vm.settings().modelCProperty().set(s.modelC() == null ? null : models.get(s.modelC()));
        vm.settings().originProperty().set(s.origin() == null ? null : models.get(s.origin()));
        if (s.trajectoryFolder() != null) {
            vm.settings().openTrajectory(Path.of(s.trajectoryFolder()));
        }
        vm.paths().restore(prepared.paths(), s.selectedPath(), s.t());
        if (prepared.slice() != null) {
            vm.slices().restore(prepared.slice());
        }
    }

    private static String name(LibraryModel model) {
        return model == null ? null : model.name();
    }

    private static LibraryModel model(Map<String, LibraryModel> models, String name) throws IOException {
        LibraryModel model = models.get(name);
        if (model == null) {
            throw new IOException("a saved path refers to the model '" + name + "', which the workspace lacks");
        }
        return model;
    }

    private static byte[] entry(Map<String, byte[]> entries, String name) throws IOException {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new IOException("the workspace lacks its entry " + name);
        }
        return bytes;
    }
}
