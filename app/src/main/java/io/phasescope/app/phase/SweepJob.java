package io.phasescope.app.phase;

import io.phasescope.app.task.StreamingWork;
import io.phasescope.model.data.DataCache;
import io.phasescope.model.data.Dataset;
import io.phasescope.model.data.DatasetSplit;
import io.phasescope.model.io.FolderLock;
import io.phasescope.model.sweep.Pathfinder;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepListener;
import io.phasescope.model.sweep.SweepMode.Branch;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.SweepSpec;
import io.phasescope.model.train.EpochMetrics;
import io.phasescope.model.train.JobControl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs or resumes one sweep on a background thread: open (or create) the folder, load the data, run the
 * Pathfinder with up to {@code workers} seeds at once. Every step is reported as a {@link SweepEvent} to the
 * job's emitter (called from several threads).
 */
public final class SweepJob implements StreamingWork<SweepEvent, List<SweepPoint>> {

    private final Path root;
    private final SweepSpec spec;
    private final DataCache data;
    private final int workers;
    private final int sampleCount;

    public SweepJob(Path root, SweepSpec spec, DataCache data, int workers, int sampleCount) {
        this.root = root;
        this.spec = spec;
        this.data = data;
        this.workers = workers;
        this.sampleCount = sampleCount;
    }

    @Override
    public List<SweepPoint> call(JobControl control, Consumer<SweepEvent> events) throws IOException {
        events.accept(new SweepEvent.Status("Opening the sweep folder " + root + " …"));
        Files.createDirectories(root);
        try (FolderLock lock = FolderLock.acquire(root)) {
            return run(control, events);
        }
    }

    /** The sweep, with the folder locked against other writers. */
    private List<SweepPoint> run(JobControl control, Consumer<SweepEvent> events) throws IOException {
        SweepFolder folder = SweepFolder.openOrCreate(root, spec);
        List<SweepPoint> existing = folder.points();
        events.accept(new SweepEvent.Opened(folder, existing, ModelInspector.readProbes(folder)));
        control.checkpoint();
        SweepSpec sweep = folder.spec();
        events.accept(new SweepEvent.Status("Loading " + sweep.data().describe() + " …"));
        DatasetSplit split = data.get(sweep.data(), message -> events.accept(new SweepEvent.Status(message)));
        Dataset samples = data.samples(sweep.data(), sampleCount, message -> {});
        control.checkpoint();
        events.accept(new SweepEvent.Started(existing.size(), sweep.totalSteps(), samples));
        return Pathfinder.run(
                folder,
                split,
                workers,
                new SweepListener() {
                    @Override
                    public void onStepStarted(Branch branch, long seed, double lambda) {
                        events.accept(new SweepEvent.StepStarted(branch, seed, lambda));
                    }

                    @Override
                    public void onEpoch(Branch branch, long seed, EpochMetrics metrics) {
                        events.accept(new SweepEvent.Epoch(branch, seed, metrics.epoch(), metrics.maxEpochs()));
                    }

                    @Override
                    public void onPoint(SweepPoint point, int done, int total) {
                        events.accept(new SweepEvent.Point(point, done, total));
                    }

                    @Override
                    public void onGridExtended(long seed, double lambdaTo, String why) {
                        events.accept(new SweepEvent.GridExtended(seed, lambdaTo, why));
                    }
                },
                control);
    }
}
