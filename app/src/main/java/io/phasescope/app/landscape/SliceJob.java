package io.phasescope.app.landscape;

import io.phasescope.app.library.LibraryModel;
import io.phasescope.app.task.BackgroundTask;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.landscape.SliceAxes;
import io.phasescope.model.landscape.SliceComputer;
import io.phasescope.model.landscape.SliceGrid;
import io.phasescope.model.landscape.SliceSpec;
import io.phasescope.model.train.JobControl;
import java.util.function.Consumer;

/** Computes one slice on both cores, coarse to fine, handing every refinement level to {@code levels}. */
public final class SliceJob implements BackgroundTask.Work<SliceResult> {

    private final SliceRequest request;
    private final LandscapeData data;
    private final Consumer<SliceResult> levels;

    public SliceJob(SliceRequest request, LandscapeData data, Consumer<SliceResult> levels) {
        this.request = request;
        this.data = data;
        this.levels = levels;
    }

    @Override
    public SliceResult call(JobControl control) {
        DatasetSplit split = data.split(request.origin().dataset(), request.subset());
        control.checkpoint();
        SliceAxes axes = axes(split, control);
        double r = request.range();
        SliceSpec spec = new SliceSpec(
                request.origin().spec(),
                request.origin().theta(),
                axes.d1(),
                axes.d2(),
                request.aCentre() - r,
                request.aCentre() + r,
                request.bCentre() - r,
                request.bCentre() + r,
                request.resolution(),
                request.quantity());
        long start = System.nanoTime();
        SliceGrid grid = SliceComputer.compute(
                spec,
                split.test(),
                LandscapeData.WORKERS,
                level -> levels.accept(new SliceResult(request, axes, level, (System.nanoTime() - start) / 1e9)),
                control);
        return new SliceResult(request, axes, grid, (System.nanoTime() - start) / 1e9);
    }

    private SliceAxes axes(DatasetSplit split, JobControl control) {
        LibraryModel o = request.origin();
        return SliceAxes.choose(
                request.direction(),
                o.spec(),
                o.theta(),
                request.b() == null ? null : request.b().theta(),
                request.c() == null ? null : request.c().theta(),
                () -> request.trajectory().thetas(),
                split.train(),
                request.seed(),
                request.biases(),
                request.twoDimensional(),
                control);
    }
}
