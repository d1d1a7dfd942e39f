package io.phasescope.cluster.spark;

import io.phasescope.model.curvature.MagnitudeSpectraCsv;
import io.phasescope.model.curvature.MagnitudeSpectrum;
import io.phasescope.model.io.AtomicFiles;
import io.phasescope.model.study.StudySpectra;
import io.phasescope.model.study.StudyTask;
import io.phasescope.model.sweep.PointSelection;
import io.phasescope.model.sweep.SweepFolder;
import io.phasescope.model.sweep.SweepOverlay;
import io.phasescope.model.sweep.SweepPoint;
import io.phasescope.model.sweep.Transition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The spectra of a finished sweep's kept points on Spark: one single-task job per point ({@link SpectraTask}), all
 * submitted at once, each into {@code <spectra>/<branch>-s<seed>-i<index>/spectra.csv}; then the rows of every point,
 * in points.csv order, are written whole to {@code <spectra>.csv} (the {@code spectrum --out-csv} format).
 */
final class SpectraJobs {

    private SpectraJobs() {}

    /**
     * Computes the missing spectra of {@code task}'s sweep in {@code sweepRoot} into {@code spectraRoot}.
     *
     * @param sweepJson the sweep's spec as the executors read it (with the shared data folder)
     * @return the number of points
     */
    static int compute(
            JavaSparkContext spark,
            StudyTask task,
            Path sweepRoot,
            Path spectraRoot,
            String sweepJson,
            StudySpectra spectra)
            throws IOException, ExecutionException, InterruptedException {
        List<SweepPoint> points = points(SweepFolder.open(sweepRoot), spectra);
        List<JavaFutureAction<List<Integer>>> jobs = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (SweepPoint p : points) {
            Path folder = spectraRoot.resolve(p.branch().id() + "-s" + p.seed() + "-i" + p.index());
            files.add(folder.resolve(SpectraTask.FILE));
            spark.setJobDescription(task.id() + " spectrum " + folder.getFileName());
            SpectraOrder order = new SpectraOrder(
                    sweepJson,
                    sweepRoot.toAbsolutePath().toString(),
                    folder.toAbsolutePath().toString(),
                    p.branch().id(),
                    p.seed(),
                    p.index(),
                    spectra);
            jobs.add(spark.parallelize(List.of(order), 1).map(new SpectraTask()).collectAsync());
        }
        List<MagnitudeSpectrum> rows = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            jobs.get(i).get();
            rows.addAll(MagnitudeSpectraCsv.read(files.get(i)));
        }
        AtomicFiles.write(spectraRoot.resolveSibling(spectraRoot.getFileName() + ".csv"), out -> {
            StringBuilder text = new StringBuilder(MagnitudeSpectraCsv.HEADER).append('\n');
            rows.forEach(r -> text.append(MagnitudeSpectraCsv.format(r)).append('\n'));
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        });
        return points.size();
    }

    /** The kept points {@code spectra} chooses, as {@code spectrum --out-csv} chooses them. */
    static List<SweepPoint> points(SweepFolder folder, StudySpectra spectra) throws IOException {
        List<SweepPoint> kept = PointSelection.kept(folder);
        if (!spectra.selects()) {
            return kept;
        }
        List<Transition> transitions = spectra.nearTransitions() == null ? List.of() : SweepOverlay.transitions(folder);
        return PointSelection.nearTransitions(
                kept,
                transitions,
                spectra.nearTransitions() == null ? 0 : spectra.nearTransitions(),
                spectra.othersEvery() == null ? 0 : spectra.othersEvery());
    }
}
