package io.phasescope.app.curvature;

import io.phasescope.app.task.BackgroundTask;
import io.phasescope.model.curvature.PointSpectrum;
import io.phasescope.model.curvature.SpectraSettings;
import io.phasescope.model.curvature.SweepSpectra;
import io.phasescope.model.data.Dataset;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.train.JobControl;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Computes the missing rows of a sweep's {@code spectra.csv} ({@link SweepSpectra}) on a worker thread,
 * reporting the sweep it found, data loading and each new row as {@link SpectraEvent}s.
 */
public final class SpectraJob implements BackgroundTask.Work<List<PointSpectrum>> {

    private final Path root;
    private final int images;
    private final SpectraSettings settings;
    private final CurvatureData data;
    private final Consumer<SpectraEvent> publish;

    /**
     * @param images training images E is averaged over, 0 for all
     * @param publish called on the job's thread; must only queue
     */
    public SpectraJob(
            Path root, int images, SpectraSettings settings, CurvatureData data, Consumer<SpectraEvent> publish) {
        this.root = root;
        this.images = images;
        this.settings = settings;
        this.data = data;
        this.publish = publish;
    }

    @Override
    public List<PointSpectrum> call(JobControl control) throws Exception {
        SweepSnapshot snapshot = SweepSnapshot.load(root);
        if (!snapshot.isMlp()) {
            throw new IllegalArgumentException("Hessian spectra need an MLP sweep; this sweep trains "
                    + snapshot.spec().network().describe());
        }
        publish.accept(new SpectraEvent.Started(root, snapshot));
        Dataset train =
                data.train(snapshot.spec(), images, message -> publish.accept(new SpectraEvent.Status(root, message)));
        control.checkpoint();
        return SweepSpectra.run(
                SweepFolder.open(root),
                train,
                settings,
                row -> publish.accept(new SpectraEvent.Row(root, row)),
                control);
    }
}
